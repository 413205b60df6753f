package dev.domainemu.progression;

import java.util.Locale;

/**
 * When a time-driven step runs: as soon as it is scheduled, a set time after, or only
 * when asked to through the control plane.
 */
public enum StepPolicy {

	IMMEDIATE, TIMED, MANUAL;

	/** The policy's name as properties and the control plane spell it. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The policy with this label, in any case; {@code null} when there is none. */
	public static StepPolicy ofLabel(String label) {
		for (StepPolicy policy : values()) {
			if (policy.name().equalsIgnoreCase(label)) {
				return policy;
			}
		}
		return null;
	}

}
