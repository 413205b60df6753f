package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.domainemu.clock.EmulatorClock;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one account's due steps and moves its clock, one thread of this emulator at a
 * time: the lock is held by the thread that runs the account's steps or moves its clock,
 * and the next due time is read again from the database each time it lets go. Every
 * driver also holds the shared {@code world} lock for reading while it works, so that a
 * change of everything (a reset of every account) can wait until no step runs anywhere.
 */
final class StepDriver {

	private static final Consumer<Instant> NOTHING = (at) -> {
	};

	private final String account;

	private final StepQueue queue;

	private final StepRunner runner;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final Duration requestWait;

	private final Lock world;

	private final ReentrantLock lock = new ReentrantLock();

	private final NextDue nextDue = new NextDue();

	StepDriver(String account, StepQueue queue, StepRunner runner, EmulatorClock clock, TransactionTemplate transaction,
			Duration requestWait, Lock world) {
		this.account = account;
		this.queue = queue;
		this.runner = runner;
		this.clock = clock;
		this.transaction = transaction;
		this.requestWait = requestWait;
		this.world = world;
	}

	/**
	 * Does the work holding the lock, then reads the next due time again.
	 */
	<T> T locked(Supplier<T> work) {
		this.world.lock();
		try {
			this.lock.lock();
			try {
				return work.get();
			}
			finally {
				recomputeNextDue();
				this.lock.unlock();
			}
		}
		finally {
			this.world.unlock();
		}
	}

	/** Runs every step due at the account's current time; call it holding the lock. */
	void runDueNow() {
		runUpTo(this.clock.now(this.account), NOTHING, Long.MAX_VALUE);
	}

	/**
	 * Runs what is due, waiting at most the request wait for another thread running the
	 * account's steps, and for this one's own run; not while the clock is being moved,
	 * whose mover runs them.
	 */
	void beforeCall() {
		if (this.nextDue.notYet(this.clock.now(this.account).toEpochMilli()) || this.clock.isMoving(this.account)) {
			return;
		}
		long deadline = System.nanoTime() + this.requestWait.toNanos();
		try {
			if (!this.world.tryLock(this.requestWait.toNanos(), TimeUnit.NANOSECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			if (!this.lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				return;
			}
			try {
				runUpTo(this.clock.now(this.account), NOTHING, deadline);
			}
			finally {
				recomputeNextDue();
				this.lock.unlock();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.world.unlock();
		}
	}

	/**
	 * Runs what is due unless nothing is, or a thread of this emulator is at it already.
	 */
	void runDueUnlessBusy() {
		if (this.nextDue.notYet(this.clock.now(this.account).toEpochMilli()) || !this.world.tryLock()) {
			return;
		}
		try {
			if (!this.lock.tryLock()) {
				return;
			}
			try {
				runDueNow();
			}
			finally {
				recomputeNextDue();
				this.lock.unlock();
			}
		}
		finally {
			this.world.unlock();
		}
	}

	/** Moves the clock forward by {@code duration}, running what falls due on the way. */
	Instant advance(Duration duration) {
		return locked(() -> {
			Instant from = this.clock.beginMove(this.account);
			return moveFrom(from.plus(duration));
		});
	}

	/** Sets the clock: forward, running what falls due on the way, or back. */
	Instant moveTo(Instant target) {
		return locked(() -> {
			Instant from = this.clock.beginMove(this.account);
			if (!target.isAfter(from)) {
				this.clock.land(this.account, target);
				return this.clock.now(this.account);
			}
			return moveFrom(target);
		});
	}

	private Instant moveFrom(Instant target) {
		try {
			runUpTo(target, (at) -> this.clock.raise(this.account, at), Long.MAX_VALUE);
		}
		finally {
			this.clock.land(this.account, target);
		}
		return this.clock.now(this.account);
	}

	/**
	 * Moves the clock inside the caller's transaction, running the steps due on the way
	 * in it too; the caller holds the lock.
	 */
	void moveWithin(Instant target) {
		if (!this.lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("moveWithin must be called from exclusively");
		}
		Instant from = this.clock.beginMove(this.account);
		if (target.isAfter(from)) {
			while (this.runner.runNextWithin(this.account, target, (at) -> this.clock.raise(this.account, at)) > 0) {
				// every step due on the way, in time order
			}
		}
		this.clock.land(this.account, target);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				recomputeNextDue();
			}
		});
	}

	/** A step was scheduled for {@code dueMillis} (and its transaction committed). */
	void scheduled(long dueMillis) {
		this.nextDue.lower(dueMillis);
	}

	/** A mark to take before reading the earliest due time for {@link #recomputed}. */
	long mark() {
		return this.nextDue.mark();
	}

	/** Takes the earliest due time read (for every account at once) after the mark. */
	void recomputed(long mark, Instant earliest) {
		this.nextDue.recompute(mark, earliest);
	}

	/** Nothing waits any more. */
	void cleared() {
		this.nextDue.none();
	}

	/** Whether no step waits and no thread holds the lock: the driver can be let go. */
	boolean idle() {
		return this.nextDue.empty() && !this.lock.isLocked();
	}

	/**
	 * Runs the steps due at {@code upTo} or before, batch after batch, until none is left
	 * (waiting for those another emulator runs) or the deadline
	 * ({@link System#nanoTime()}) has passed.
	 */
	private void runUpTo(Instant upTo, Consumer<Instant> atDueTime, long deadline) {
		for (int ran = this.runner.runNext(this.account, upTo, atDueTime); ran != StepRunner.NONE_DUE; ran = this.runner
			.runNext(this.account, upTo, atDueTime)) {
			if (System.nanoTime() - deadline > 0) {
				return;
			}
			if (ran == 0) {
				// another emulator on the database holds the steps due now: they are done
				// once it commits
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Reads the account's earliest due time from the database. */
	void recomputeNextDue() {
		this.nextDue.recompute(() -> this.transaction.execute((status) -> this.queue.earliestDue(this.account)));
	}

}
