package dev.domainemu.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One account's clock: the system clock shifted by an offset, or standing still when
 * frozen; while it is <em>moved</em> forward ({@link #beginMove}, {@link #raise},
 * {@link #land}) it stands at the time of the steps being run on the way and then lands
 * exactly where asked, so that no reading taken meanwhile is ever later than one taken
 * after. Each change of its setting is written through the {@code writer} (inside the
 * caller's transaction when there is one) and used once that commits.
 */
final class AccountClock {

	/** Where the clock stands while a move takes its first reading. */
	private static final Instant MOVING = Instant.MIN;

	private final String account;

	private final Clock system;

	/** Writes a new setting (a {@code null} one: back to the starting clock). */
	private final BiConsumer<String, ClockSetting> writer;

	private volatile ClockSetting state;

	/** Where the clock stands while it is being moved; {@code null} otherwise. */
	private volatile Instant standing;

	/** Counts this emulator's own changes, so a refresh read before one is dropped. */
	private long changes;

	/** Changes written but not yet committed or rolled back. */
	private int pending;

	AccountClock(String account, Clock system, ClockSetting state, BiConsumer<String, ClockSetting> writer) {
		this.account = account;
		this.system = system;
		this.state = state;
		this.writer = writer;
	}

	Instant instant() {
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

	boolean isFrozen() {
		return this.state.frozenAt() != null;
	}

	boolean isMoving() {
		return this.standing != null;
	}

	/** Whether nothing but its stored setting is in memory: it can be read again. */
	synchronized boolean idle() {
		return this.standing == null && this.pending == 0;
	}

	/**
	 * Takes up the setting stored for it (by another emulator sharing the database),
	 * unless this emulator changed it since {@code changesBefore} or is moving it.
	 */
	synchronized void takeUp(ClockSetting stored, long changesBefore) {
		if (this.changes == changesBefore && this.standing == null && this.pending == 0) {
			this.state = stored;
		}
	}

	synchronized long changes() {
		return this.changes;
	}

	/**
	 * Starts moving the clock: from now until {@link #land} it stands at {@code from}
	 * when given (a pinned reading), else at the current reading; raised by
	 * {@link #raise}.
	 * @return where it stands
	 */
	synchronized Instant beginMove(Instant from) {
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

	synchronized void raise(Instant at) {
		Instant still = this.standing;
		if (still != null && at.isAfter(still)) {
			this.standing = at.truncatedTo(ChronoUnit.MILLIS);
		}
	}

	/**
	 * Ends a move exactly at {@code at}: a frozen clock stays frozen there, a running one
	 * runs on from there. In a transaction, the clock stands there until it ends, then
	 * takes its new setting (or goes back to its old one if it rolls back).
	 */
	synchronized void land(Instant at) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			try {
				setNow(at);
			}
			finally {
				this.standing = null;
			}
			return;
		}
		this.standing = at.truncatedTo(ChronoUnit.MILLIS);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				synchronized (AccountClock.this) {
					AccountClock.this.standing = null;
				}
			}
		});
		setNow(at);
	}

	synchronized void setNow(Instant now) {
		Instant truncated = now.truncatedTo(ChronoUnit.MILLIS);
		change(isFrozen() ? new ClockSetting(Duration.ZERO, truncated)
				: new ClockSetting(Duration.between(now(this.system), truncated), null));
	}

	synchronized void setFrozen(boolean frozen) {
		if (frozen == isFrozen()) {
			return;
		}
		Instant now = instant();
		change(frozen ? new ClockSetting(Duration.ZERO, now)
				: new ClockSetting(Duration.between(now(this.system), now), null));
	}

	/** Back to the starting clock's setting, its own row gone. */
	synchronized void restart(ClockSetting start) {
		this.writer.accept(this.account, null);
		commitLater(start);
	}

	private void change(ClockSetting next) {
		this.writer.accept(this.account, next);
		commitLater(next);
	}

	/** Uses the setting once the caller's transaction commits (at once without one). */
	private void commitLater(ClockSetting next) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			use(next);
			return;
		}
		this.pending++;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				synchronized (AccountClock.this) {
					AccountClock.this.pending--;
					if (status == STATUS_COMMITTED) {
						use(next);
					}
				}
			}
		});
	}

	private synchronized void use(ClockSetting next) {
		this.state = next;
		this.changes++;
	}

	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
