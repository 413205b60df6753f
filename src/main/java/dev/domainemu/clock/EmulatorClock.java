package dev.domainemu.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.domainemu.storage.AfterCommit;
import dev.domainemu.storage.SharedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one clock everything reads. It runs with the system clock shifted by an offset, or
 * stands still when frozen; tests and QA set, freeze and move it. Readings are truncated
 * to milliseconds, the precision of every {@code *Long} field.
 * <p>
 * Two things take the place of the reading for a while. A step runs with the clock
 * <em>pinned</em> on its thread to the step's due time ({@link #pin}), so that whatever
 * it does is dated then, however late it runs. And while the clock is <em>moved</em>
 * forward ({@link #beginMove}, {@link #raise}, {@link #land}), it stands at the time of
 * the steps being run on the way and then lands exactly where asked: no reading taken
 * meanwhile is ever later than one taken after.
 * <p>
 * Its setting is kept in the database too: each change is written there (inside the
 * caller's transaction when there is one, taking effect when it commits), and when the
 * database is shared ({@link SharedDatabase}) {@link #refresh()} (before every request,
 * and with the background steps) takes up a change another emulator made. A database that
 * already holds a setting (a file kept across restarts, a replica joining) keeps it;
 * otherwise the configured one is written.
 */
@Component
public class EmulatorClock extends Clock implements SmartInitializingSingleton {

	/** Where the clock stands while a move takes its first reading. */
	private static final Instant MOVING = Instant.MIN;

	private final Clock system;

	private final ObjectProvider<ClockRowRepository> rows;

	/** Where the setting is kept, once every bean exists; none before. */
	private volatile ClockRowRepository repository;

	private final boolean shared;

	private volatile ClockSetting state;

	/** Where the clock stands while it is being moved; {@code null} otherwise. */
	private volatile Instant standing;

	/** The due time of the step this thread runs, which its readings give. */
	private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

	/** Counts this emulator's own changes, so a refresh read before one is dropped. */
	private long changes;

	EmulatorClock(ClockProperties properties, ObjectProvider<ClockRowRepository> rows, SharedDatabase database) {
		this.system = Clock.systemUTC();
		this.rows = rows;
		this.shared = database.shared();
		this.state = new ClockSetting(Duration.ZERO, properties.frozen() ? now(this.system) : null);
	}

	@Override
	public void afterSingletonsInstantiated() {
		ClockRowRepository repository = this.rows.getIfAvailable();
		if (repository == null) {
			return;
		}
		this.repository = repository;
		Optional<ClockRow> stored = repository.findById(ClockRow.ID);
		if (stored.isPresent()) {
			this.state = ClockSetting.of(stored.get());
			return;
		}
		try {
			repository.saveAndFlush(this.state.row());
		}
		catch (DataIntegrityViolationException ex) {
			// another emulator wrote it first: take its setting
			refresh();
		}
	}

	/**
	 * Takes up the setting another emulator sharing the database may have written;
	 * nothing to do when no other can share it, or while this one moves the clock.
	 */
	public void refresh() {
		ClockRowRepository repository = this.repository;
		if (repository == null || !this.shared || this.standing != null) {
			return;
		}
		long before;
		synchronized (this) {
			before = this.changes;
		}
		Optional<ClockRow> stored = repository.findById(ClockRow.ID);
		synchronized (this) {
			if (stored.isPresent() && this.changes == before && this.standing == null) {
				this.state = ClockSetting.of(stored.get());
			}
		}
	}

	@Override
	public Instant instant() {
		Instant at = this.pinned.get();
		if (at != null) {
			return at;
		}
		Instant still = this.standing;
		if (still == null) {
			Instant live = live();
			// a move that began while this was read stands no lower than it (see
			// beginMove)
			still = this.standing;
			if (still == null) {
				return live;
			}
		}
		if (still == MOVING) {
			synchronized (this) {
				still = this.standing;
			}
			return (still != null) ? still : live();
		}
		return still;
	}

	private Instant live() {
		ClockSetting current = this.state;
		return (current.frozenAt() != null) ? current.frozenAt() : now(this.system).plus(current.offset());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The emulator clock is always read in UTC");
	}

	public boolean isFrozen() {
		return this.state.frozenAt() != null;
	}

	/** Whether the clock is being moved forward (it stands until it lands). */
	public boolean isMoving() {
		return this.standing != null;
	}

	/**
	 * Makes this thread read {@code at} until the pin is closed: a step's time, for what
	 * the step does.
	 */
	public Pin pin(Instant at) {
		Instant previous = this.pinned.get();
		this.pinned.set(at);
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
	 * Starts moving the clock: from now until {@link #land} it stands at the current
	 * reading, raised by {@link #raise}.
	 * @return where it stands
	 */
	public synchronized Instant beginMove() {
		Instant from = this.pinned.get();
		if (from == null) {
			from = this.standing;
		}
		if (from == null) {
			// marked moving before the reading is taken: a reader that took its own
			// reading before seeing the mark took it earlier, so the clock never stands
			// below what it answered
			this.standing = MOVING;
			from = live();
		}
		this.standing = from;
		return from;
	}

	/** While moving, stands at {@code at} if that is later than where it stands. */
	public synchronized void raise(Instant at) {
		Instant still = this.standing;
		if (still != null && at.isAfter(still)) {
			this.standing = at.truncatedTo(ChronoUnit.MILLIS);
		}
	}

	/**
	 * Ends a move exactly at {@code at}: a frozen clock stays frozen there, a running one
	 * runs on from there.
	 */
	public synchronized void land(Instant at) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			try {
				setNow(at);
			}
			finally {
				this.standing = null;
			}
			return;
		}
		// in the caller's transaction: the new setting is used once it commits, and the
		// clock stands there until then (or goes back to its setting if it rolls back)
		this.standing = at.truncatedTo(ChronoUnit.MILLIS);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				synchronized (EmulatorClock.this) {
					EmulatorClock.this.standing = null;
				}
			}
		});
		setNow(at);
	}

	/**
	 * Sets the current time; a frozen clock stays frozen at it, a running one runs on
	 * from it.
	 */
	public synchronized void setNow(Instant now) {
		Instant truncated = now.truncatedTo(ChronoUnit.MILLIS);
		change(isFrozen() ? new ClockSetting(Duration.ZERO, truncated)
				: new ClockSetting(Duration.between(now(this.system), truncated), null));
	}

	/** Freezes the clock at the current time, or lets it run on from it. */
	public synchronized void setFrozen(boolean frozen) {
		if (frozen == isFrozen()) {
			return;
		}
		Instant now = instant();
		change(frozen ? new ClockSetting(Duration.ZERO, now)
				: new ClockSetting(Duration.between(now(this.system), now), null));
	}

	/** Back to the system time, running. */
	public synchronized void reset() {
		change(new ClockSetting(Duration.ZERO, null));
	}

	/**
	 * Writes a new setting to the database, then uses it: at once, or when the caller's
	 * transaction commits. Called holding the lock.
	 */
	private void change(ClockSetting next) {
		if (this.repository != null) {
			this.repository.save(next.row());
		}
		AfterCommit.run(() -> use(next));
	}

	private synchronized void use(ClockSetting next) {
		this.state = next;
		this.changes++;
	}

	private static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/** A pinned reading, undone when closed. */
	public interface Pin extends AutoCloseable {

		@Override
		void close();

	}

}
