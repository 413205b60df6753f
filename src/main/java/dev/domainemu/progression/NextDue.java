package dev.domainemu.progression;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * When the earliest waiting step falls due (epoch ms), so that a call can tell cheaply
 * whether steps must run first. Kept without a monitor: it is lowered in the after-commit
 * of transactions that still hold a connection, so waiting for a lock there while the
 * lock's holder waits for a connection would stall both.
 */
final class NextDue {

	private final AtomicLong millis = new AtomicLong(Long.MIN_VALUE);

	/** Counts lowerings, so a recomputation can tell whether one raced with it. */
	private final AtomicLong lowerings = new AtomicLong();

	/** Whether nothing is due at {@code nowMillis}. */
	boolean notYet(long nowMillis) {
		return nowMillis < this.millis.get();
	}

	/**
	 * Takes the earliest due time the database answers. A step scheduled while the query
	 * ran may be missing from its answer, so then the lower of the two values is kept.
	 */
	void recompute(Supplier<Instant> earliestDue) {
		long seen = this.lowerings.get();
		Instant due = earliestDue.get();
		long earliest = (due != null) ? due.toEpochMilli() : Long.MAX_VALUE;
		this.millis.updateAndGet((current) -> (this.lowerings.get() == seen) ? earliest : Math.min(current, earliest));
	}

	/** A step was scheduled for {@code dueMillis}. */
	void lower(long dueMillis) {
		this.lowerings.incrementAndGet();
		this.millis.accumulateAndGet(dueMillis, Math::min);
	}

	/** Nothing waits any more. */
	void none() {
		this.millis.set(Long.MAX_VALUE);
	}

}
