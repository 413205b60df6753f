package dev.domainemu.task;

/**
 * {@code TaskCancelStatus} of a task, with its code. The API offers no way to cancel a
 * submitted task, so every task reads {@link #INIT} (not cancelled).
 */
public enum TaskCancelStatus {

	INIT(0), CANCELLING(1), COMPLETE(2);

	private final int code;

	TaskCancelStatus(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
