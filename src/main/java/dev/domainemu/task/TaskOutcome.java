package dev.domainemu.task;

/**
 * How a task detail ends: with a result, or with a failure message.
 *
 * @param success whether it succeeded
 * @param result the {@code TaskResult} of a success
 * @param errorMsg the {@code ErrorMsg} (and {@code FailReason}) of a failure
 * @param instanceId the instance the task made, shown from then on as the detail's
 * {@code InstanceId}
 */
public record TaskOutcome(boolean success, String result, String errorMsg, String instanceId) {

	public static TaskOutcome succeeded(String result) {
		return new TaskOutcome(true, result, null, null);
	}

	public static TaskOutcome created(String instanceId) {
		return new TaskOutcome(true, null, null, instanceId);
	}

	public static TaskOutcome failed(String errorMsg) {
		return new TaskOutcome(false, null, errorMsg, null);
	}

}
