package dev.domainemu.task;

/**
 * How one attempt at a task detail ended: a success with its result, a failure with its
 * message and reason, or a transient error that is tried again while retries remain.
 *
 * @param kind which of the three
 * @param result the {@code TaskResult} of a success
 * @param errorMsg the {@code ErrorMsg}: what went wrong, in words
 * @param failReason the {@code FailReason} of a failure: a short stable cause such as
 * {@code TransferProhibited}
 * @param instanceId the instance the task made, shown from then on as the detail's
 * {@code InstanceId}
 */
public record TaskOutcome(Kind kind, String result, String errorMsg, String failReason, String instanceId) {

	public static TaskOutcome succeeded(String result) {
		return new TaskOutcome(Kind.SUCCEEDED, result, null, null, null);
	}

	public static TaskOutcome created(String instanceId) {
		return new TaskOutcome(Kind.SUCCEEDED, null, null, null, instanceId);
	}

	public static TaskOutcome failed(String failReason, String errorMsg) {
		return new TaskOutcome(Kind.FAILED, null, errorMsg, failReason, null);
	}

	/**
	 * A failure the control plane (or a scenario) chose; either part may be left out for
	 * a default that says so.
	 */
	public static TaskOutcome failedOnRequest(String failReason, String errorMsg) {
		return failed((failReason != null) ? failReason : "FailedByAdmin",
				(errorMsg != null) ? errorMsg : "The task was failed through the emulator's control plane.");
	}

	/** A transient error: the attempt counts in {@code TryCount} and is made again. */
	public static TaskOutcome transientError(String errorMsg) {
		return new TaskOutcome(Kind.TRANSIENT_ERROR, null, errorMsg, null, null);
	}

	public boolean success() {
		return this.kind == Kind.SUCCEEDED;
	}

	/** The three ways an attempt ends. */
	public enum Kind {

		SUCCEEDED, FAILED, TRANSIENT_ERROR

	}

}
