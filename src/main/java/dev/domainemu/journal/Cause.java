package dev.domainemu.journal;

import java.util.Locale;

/**
 * What made a status change, as the journal records it: an RPC call, the clock (a
 * time-driven step or a scenario's timeline), the control plane, or a fault rule that
 * took the place of a step.
 */
public enum Cause {

	API, CLOCK, ADMIN, FAULT;

	private static final ThreadLocal<Cause> CURRENT = new ThreadLocal<>();

	/** The cause of changes made now on this thread ({@link #API} unless set). */
	public static Cause current() {
		Cause cause = CURRENT.get();
		return (cause != null) ? cause : API;
	}

	/**
	 * Sets the cause for what this thread does next.
	 * @return the cause it replaces, to give back to {@link #restore}
	 */
	public static Cause set(Cause cause) {
		Cause previous = CURRENT.get();
		CURRENT.set(cause);
		return previous;
	}

	public static void restore(Cause previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
