package dev.domainemu.domain;

import dev.domainemu.task.TaskOutcome;

/**
 * The task outcomes that mean the registry could not be reached or the domain is gone,
 * shared by every task that works on a held domain.
 */
public final class RegistryErrors {

	/** {@code ErrorMsg} of an attempt that met a transient registry error. */
	public static final String UNAVAILABLE = "The registry is temporarily unavailable.";

	static final String NOT_HELD = "The domain name does not exist.";

	private RegistryErrors() {
	}

	/** The attempt met a transient error; it is retried while retries remain. */
	public static TaskOutcome unavailable() {
		return TaskOutcome.transientError(UNAVAILABLE);
	}

	/** The domain left the account before the task ran. */
	public static TaskOutcome notHeld() {
		return TaskOutcome.failed("DomainNotExist", NOT_HELD);
	}

}
