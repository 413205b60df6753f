package dev.domainemu.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.domainemu.storage.AfterCommit;
import dev.domainemu.storage.SharedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The accounts' clocks: each account reads a clock of its own, which tests and QA set,
 * freeze and move without touching another's. An account whose clock was never set
 * follows the starting clock: the system time, or (with {@code emulator.clock.frozen})
 * the time the emulator first started, standing still. Readings are truncated to
 * milliseconds, the precision of every {@code *Long} field.
 * <p>
 * A step runs with its account's clock <em>pinned</em> on its thread to the step's due
 * time ({@link #pin}), so that whatever it does is dated then, however late it runs.
 * While an account's clock is moved forward ({@link #beginMove}, {@link #raise},
 * {@link #land}) it stands at the time of the steps being run on the way.
 * <p>
 * Each setting is kept in the database too (a row per account whose clock was set), and
 * when the database is shared ({@link SharedDatabase}) {@link #refresh} (before every
 * call, for its account) and {@link #refreshAll} (with the background steps) take up a
 * change another emulator made. A database that already holds a starting clock (a file
 * kept across restarts, a replica joining) keeps it; otherwise the configured one is
 * written.
 */
@Component
public class EmulatorClock implements AccountTime, SmartInitializingSingleton {

	/**
	 * How many clocks are kept in memory before idle ones are let go (and read again).
	 */
	private static final int MAX_KEPT = 10_000;

	private final Clock system;

	private final boolean startsFrozen;

	private final boolean shared;

	private final ObjectProvider<ClockStore> stores;

	/** Where settings are kept, once every bean exists; none before (or in a slice). */
	private volatile ClockStore store;

	/** The clock every account starts from. */
	private volatile ClockSetting start;

	private final Map<String, AccountClock> clocks = new ConcurrentHashMap<>();

	/** The account and due time of the step this thread runs, which its readings give. */
	private final ThreadLocal<Pinned> pinned = new ThreadLocal<>();

	EmulatorClock(ClockProperties properties, ObjectProvider<ClockStore> stores, SharedDatabase database) {
		this.system = Clock.systemUTC();
		this.stores = stores;
		this.shared = database.shared();
		this.startsFrozen = properties.frozen();
		this.start = configuredStart();
	}

	@Override
	public void afterSingletonsInstantiated() {
		ClockStore found = this.stores.getIfAvailable();
		if (found == null) {
			return;
		}
		this.store = found;
		try {
			if (found.saveStartIfAbsent(this.start)) {
				return;
			}
		}
		catch (DataIntegrityViolationException ex) {
			// another emulator on the database wrote it first
		}
		found.find(ClockStore.START).ifPresent((stored) -> this.start = stored);
	}

	private ClockSetting configuredStart() {
		return this.startsFrozen ? new ClockSetting(Duration.ZERO, AccountClock.now(this.system)) : ClockSetting.SYSTEM;
	}

	/**
	 * The account's current time; with no account (a call refused before its account is
	 * known), the starting clock's.
	 */
	@Override
	public Instant now(String account) {
		if (account == null) {
			ClockSetting setting = this.start;
			return (setting.frozenAt() != null) ? setting.frozenAt()
					: AccountClock.now(this.system).plus(setting.offset());
		}
		Pinned pin = this.pinned.get();
		if (pin != null && pin.account().equals(account)) {
			return pin.at();
		}
		return clock(account).instant();
	}

	public boolean isFrozen(String account) {
		return clock(account).isFrozen();
	}

	/** Whether the account's clock is being moved forward (it stands until it lands). */
	public boolean isMoving(String account) {
		return clock(account).isMoving();
	}

	/**
	 * Makes this thread read {@code at} as the account's time until the pin is closed: a
	 * step's time, for what the step does.
	 */
	public Pin pin(String account, Instant at) {
		Pinned previous = this.pinned.get();
		this.pinned.set(new Pinned(account, at));
		return () -> {
			if (previous == null) {
				this.pinned.remove();
			}
			else {
				this.pinned.set(previous);
			}
		};
	}

	/**
	 * Starts moving the account's clock: from now until {@link #land} it stands at the
	 * current reading, raised by {@link #raise}.
	 * @return where it stands
	 */
	public Instant beginMove(String account) {
		Pinned pin = this.pinned.get();
		return clock(account).beginMove((pin != null && pin.account().equals(account)) ? pin.at() : null);
	}

	/** While moving, stands at {@code at} if that is later than where it stands. */
	public void raise(String account, Instant at) {
		clock(account).raise(at);
	}

	/**
	 * Ends a move exactly at {@code at}: a frozen clock stays frozen there, a running one
	 * runs on from there.
	 */
	public void land(String account, Instant at) {
		clock(account).land(at);
	}

	/**
	 * Sets the account's current time; a frozen clock stays frozen at it, a running one
	 * runs on from it.
	 */
	public void setNow(String account, Instant now) {
		clock(account).setNow(now);
	}

	/** Freezes the account's clock at its current time, or lets it run on from it. */
	public void setFrozen(String account, boolean frozen) {
		clock(account).setFrozen(frozen);
	}

	/** Puts the account's clock back to the starting clock. */
	public void reset(String account) {
		clock(account).restart(this.start);
	}

	/**
	 * Puts every clock back: the starting clock as configured, from now, and every
	 * account following it; joins the caller's transaction, taking effect at once.
	 */
	public void resetAll() {
		ClockSetting fresh = configuredStart();
		ClockStore current = this.store;
		if (current != null) {
			current.deleteAll();
			current.save(ClockStore.START, fresh);
		}
		this.start = fresh;
		this.clocks.clear();
		// and again once it commits, for a clock read meanwhile from the rows before
		AfterCommit.run(this.clocks::clear);
	}

	/**
	 * Forgets the account's clock (the account is gone): its row and what is in memory.
	 */
	public void forget(String account) {
		reset(account);
		this.clocks.computeIfPresent(account, (key, clock) -> clock.idle() ? null : clock);
	}

	/**
	 * Takes up the setting another emulator sharing the database may have written for the
	 * account; nothing to do when no other can share it.
	 */
	public void refresh(String account) {
		ClockStore current = this.store;
		if (current == null || !this.shared) {
			return;
		}
		AccountClock clock = clock(account);
		long before = clock.changes();
		Optional<ClockSetting> stored = current.find(account);
		clock.takeUp(stored.orElse(this.start), before);
	}

	/** The same for every clock this emulator keeps in memory, in one query. */
	public void refreshAll() {
		ClockStore current = this.store;
		if (current == null || !this.shared) {
			return;
		}
		Map<String, Long> before = new HashMap<>();
		this.clocks.forEach((account, clock) -> before.put(account, clock.changes()));
		Map<String, ClockSetting> stored = current.all();
		ClockSetting startNow = stored.getOrDefault(ClockStore.START, this.start);
		this.start = startNow;
		before.forEach((account, changes) -> {
			AccountClock clock = this.clocks.get(account);
			if (clock != null) {
				clock.takeUp(stored.getOrDefault(account, startNow), changes);
			}
		});
	}

	private AccountClock clock(String account) {
		AccountClock clock = this.clocks.get(account);
		if (clock != null) {
			return clock;
		}
		ClockStore current = this.store;
		ClockSetting setting = (current != null) ? current.find(account).orElse(this.start) : this.start;
		if (this.clocks.size() >= MAX_KEPT) {
			this.clocks.entrySet().removeIf((entry) -> entry.getValue().idle());
		}
		AccountClock made = new AccountClock(account, this.system, setting, this::write);
		AccountClock earlier = this.clocks.putIfAbsent(account, made);
		return (earlier != null) ? earlier : made;
	}

	private void write(String account, ClockSetting setting) {
		ClockStore current = this.store;
		if (current == null) {
			return;
		}
		if (setting == null) {
			current.delete(account);
		}
		else {
			current.save(account, setting);
		}
	}

	/** A pinned reading, undone when closed. */
	public interface Pin extends AutoCloseable {

		@Override
		void close();

	}

	private record Pinned(String account, Instant at) {
	}

}
