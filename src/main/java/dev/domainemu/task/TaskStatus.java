package dev.domainemu.task;

/**
 * Status of a whole task ({@code TaskInfo}), with its {@code TaskStatusCode}: derived
 * from its details. Waiting while every detail waits, complete once every detail has
 * finished, executing in between.
 */
public enum TaskStatus {

	WAITING_EXECUTE(1), EXECUTING(2), COMPLETE(3);

	private final int code;

	TaskStatus(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	/**
	 * The status of a task whose details' status codes range from {@code lowest} to
	 * {@code highest}.
	 */
	static TaskStatus of(int lowest, int highest) {
		if (highest == TaskDetailStatus.WAITING_EXECUTE.code()) {
			return WAITING_EXECUTE;
		}
		if (lowest >= TaskDetailStatus.EXECUTE_SUCCESS.code()) {
			return COMPLETE;
		}
		return EXECUTING;
	}

}
