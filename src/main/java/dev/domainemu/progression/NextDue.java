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
		long seen = mark();
		recompute(seen, earliestDue.get());
	}

	/** A mark to give {@link #recompute(long, Instant)} for an answer read after it. */
	long mark() {
		return this.lowerings.get();
	}

	/**
	 * Takes the earliest due time the database answered after {@code mark} was taken; a
	 * step scheduled since may be missing from it, so then the lower of the two is kept.
	 */
	void recompute(long mark, Instant due) {
		long earliest = (due != null) ? due.toEpochMilli() : Long.MAX_VALUE;
		this.millis.updateAndGet((current) -> (this.lowerings.get() == mark) ? earliest : Math.min(current, earliest));
	}

	/** Whether no step waits. */
	boolean empty() {
		return this.millis.get() == Long.MAX_VALUE;
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
