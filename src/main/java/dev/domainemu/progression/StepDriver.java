package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.storage.AfterCommit;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due steps and moves the clock, one thread of this emulator at a time: the lock is
 * held by the thread that runs steps or moves the clock, and the next due time is read
 * again from the database each time it lets go.
 */
final class StepDriver {

	private static final Consumer<Instant> NOTHING = (at) -> {
	};

	private final StepQueue queue;

	private final StepRunner runner;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final Duration requestWait;

	private final ReentrantLock lock = new ReentrantLock();

	private final NextDue nextDue = new NextDue();

	StepDriver(StepQueue queue, StepRunner runner, EmulatorClock clock, TransactionTemplate transaction,
			Duration requestWait) {
		this.queue = queue;
		this.runner = runner;
		this.clock = clock;
		this.transaction = transaction;
		this.requestWait = requestWait;
	}

	/**
	 * Does the work holding the lock, then reads the next due time again.
	 */
	<T> T locked(Supplier<T> work) {
		this.lock.lock();
		try {
			return work.get();
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/** Runs every step due at the current time; call it holding the lock. */
	void runDueNow() {
		runUpTo(this.clock.instant(), NOTHING, Long.MAX_VALUE);
	}

	/**
	 * Runs what is due, waiting at most the request wait for another thread running
	 * steps, and for this one's own run; not while the clock is being moved, whose mover
	 * runs them.
	 */
	void beforeCall() {
		if (this.nextDue.notYet(this.clock.millis()) || this.clock.isMoving()) {
			return;
		}
		long deadline = System.nanoTime() + this.requestWait.toNanos();
		try {
			if (!this.lock.tryLock(this.requestWait.toNanos(), TimeUnit.NANOSECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			runUpTo(this.clock.instant(), NOTHING, deadline);
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/** Runs what is due unless a thread of this emulator is at it already. */
	void runDueUnlessBusy() {
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

	/** Moves the clock forward by {@code duration}, running what falls due on the way. */
	Instant advance(Duration duration) {
		this.lock.lock();
		try {
			Instant from = this.clock.beginMove();
			return moveFrom(from.plus(duration));
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Sets the clock: forward, running what falls due on the way, or back. */
	Instant moveTo(Instant target) {
		this.lock.lock();
		try {
			Instant from = this.clock.beginMove();
			if (!target.isAfter(from)) {
				this.clock.land(target);
				return this.clock.instant();
			}
			return moveFrom(target);
		}
		finally {
			this.lock.unlock();
		}
	}

	private Instant moveFrom(Instant target) {
		try {
			runUpTo(target, this.clock::raise, Long.MAX_VALUE);
		}
		finally {
			this.clock.land(target);
			recomputeNextDue();
		}
		return this.clock.instant();
	}

	/**
	 * Moves the clock inside the caller's transaction, running the steps due on the way
	 * in it too; the caller holds the lock.
	 */
	void moveWithin(Instant target) {
		if (!this.lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("moveWithin must be called from exclusively");
		}
		Instant from = this.clock.beginMove();
		if (target.isAfter(from)) {
			while (this.runner.runNextWithin(target, this.clock::raise) > 0) {
				// every step due on the way, in time order
			}
		}
		this.clock.land(target);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				recomputeNextDue();
			}
		});
	}

	/** Lowers the next due time once the transaction that scheduled a step commits. */
	void scheduled(long dueMillis) {
		AfterCommit.run(() -> this.nextDue.lower(dueMillis));
	}

	/** Nothing waits any more. */
	void cleared() {
		this.nextDue.none();
	}

	/**
	 * Runs the steps due at {@code upTo} or before, batch after batch, until none is left
	 * (waiting for those another emulator runs) or the deadline
	 * ({@link System#nanoTime()}) has passed.
	 */
	private void runUpTo(Instant upTo, Consumer<Instant> atDueTime, long deadline) {
		for (int ran = this.runner.runNext(upTo, atDueTime); ran != StepRunner.NONE_DUE; ran = this.runner.runNext(upTo,
				atDueTime)) {
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

	/** Reads the earliest due time from the database. */
	void recomputeNextDue() {
		this.nextDue.recompute(() -> this.transaction.execute((status) -> this.queue.earliestDue()));
	}

}
