package dev.domainemu.task;

import java.util.List;

/**
 * Does the work of one task type when its detail's execution time is over. Runs inside
 * the transaction that records the outcome.
 */
public interface TaskExecutor {

	TaskType type();

	TaskOutcome execute(TaskWork work);

	/**
	 * Does the work of many details, as {@link #execute} would one after another: the
	 * outcomes in the works' order.
	 */
	default List<TaskOutcome> executeAll(List<TaskWork> works) {
		return works.stream().map(this::execute).toList();
	}

}
