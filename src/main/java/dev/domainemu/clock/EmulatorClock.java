package dev.domainemu.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * The one clock everything reads. It runs with the system clock shifted by an offset, or
 * stands still when frozen; tests and QA set, freeze and move it. Readings are truncated
 * to milliseconds, the precision of every {@code *Long} field.
 */
@Component
public class EmulatorClock extends Clock {

	private final Clock system;

	private volatile State state;

	EmulatorClock(ClockProperties properties) {
		this.system = Clock.systemUTC();
		this.state = new State(Duration.ZERO, properties.frozen() ? now(this.system) : null);
	}

	@Override
	public Instant instant() {
		State current = this.state;
		return (current.frozenAt != null) ? current.frozenAt : now(this.system).plus(current.offset);
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
		return this.state.frozenAt != null;
	}

	/**
	 * Sets the current time; a frozen clock stays frozen at it, a running one runs on
	 * from it.
	 */
	public synchronized void setNow(Instant now) {
		Instant truncated = now.truncatedTo(ChronoUnit.MILLIS);
		this.state = isFrozen() ? new State(Duration.ZERO, truncated)
				: new State(Duration.between(now(this.system), truncated), null);
	}

	/** Freezes the clock at the current time, or lets it run on from it. */
	public synchronized void setFrozen(boolean frozen) {
		if (frozen == isFrozen()) {
			return;
		}
		Instant now = instant();
		this.state = frozen ? new State(Duration.ZERO, now) : new State(Duration.between(now(this.system), now), null);
	}

	/** Back to the system time, running. */
	public synchronized void reset() {
		this.state = new State(Duration.ZERO, null);
	}

	private static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private record State(Duration offset, Instant frozenAt) {
	}

}
