package dev.domainemu.task;

/**
 * Status of one task detail, with its {@code TaskStatusCode}.
 */
public enum TaskDetailStatus {

	WAITING_EXECUTE(0), EXECUTING(1), EXECUTE_SUCCESS(2), EXECUTE_FAILURE(3);

	private final int code;

	TaskDetailStatus(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	public boolean finished() {
		return this == EXECUTE_SUCCESS || this == EXECUTE_FAILURE;
	}

	static TaskDetailStatus ofCode(int code) {
		for (TaskDetailStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		throw new IllegalArgumentException("No task detail status " + code);
	}

}
