package dev.domainemu.task;

/**
 * How a task detail ends: with a result, or with a failure message.
 *
 * @param success whether it succeeded
 * @param result the {@code TaskResult} of a success
 * @param errorMsg the {@code ErrorMsg} (and {@code FailReason}) of a failure
 */
public record TaskOutcome(boolean success, String result, String errorMsg) {

	public static TaskOutcome succeeded(String result) {
		return new TaskOutcome(true, result, null);
	}

	public static TaskOutcome failed(String errorMsg) {
		return new TaskOutcome(false, null, errorMsg);
	}

}
