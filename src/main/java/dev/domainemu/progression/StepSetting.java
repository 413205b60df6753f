package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;

/**
 * How one kind of step is timed.
 *
 * @param policy when it runs
 * @param duration how long after its origin a {@code timed} step falls due (kept, and
 * shown, under the other policies too)
 */
public record StepSetting(StepPolicy policy, Duration duration) {

	public StepSetting {
		if (policy == null) {
			throw new IllegalArgumentException("policy is required");
		}
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException("duration must be zero or more");
		}
	}

	public static StepSetting timed(Duration duration) {
		return new StepSetting(StepPolicy.TIMED, duration);
	}

	/**
	 * When a step scheduled from {@code origin} falls due; {@code null} for a manual
	 * step, which waits to be run.
	 */
	Instant dueFrom(Instant origin) {
		return switch (this.policy) {
			case IMMEDIATE -> origin;
			case TIMED -> origin.plus(this.duration);
			case MANUAL -> null;
		};
	}

}
