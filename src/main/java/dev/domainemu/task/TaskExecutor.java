package dev.domainemu.task;

/**
 * Does the work of one task type when its detail's execution time is over. Runs inside
 * the transaction that records the outcome.
 */
public interface TaskExecutor {

	TaskType type();

	TaskOutcome execute(TaskWork work);

}
