package dev.domainemu.progression;

import java.time.Instant;

/**
 * May take the place of a step that falls due (a fault rule does): consulted inside the
 * transaction that removes the step, before its handler would run.
 */
public interface StepInterceptor {

	/**
	 * Whether this took the step's place, in which case its handler does not run.
	 */
	boolean intercept(String kind, String target, Instant dueAt);

	/**
	 * Whether it may take any step's place now; asked once per batch, so that an idle one
	 * costs nothing per step.
	 */
	default boolean active() {
		return true;
	}

}
