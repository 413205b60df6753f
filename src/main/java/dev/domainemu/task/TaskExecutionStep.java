package dev.domainemu.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.domainemu.progression.StepSetting;
import dev.domainemu.progression.TimedStep;

import org.springframework.stereotype.Component;

/**
 * An executing task detail does its work and ends ({@code EXECUTE_SUCCESS} or
 * {@code EXECUTE_FAILURE}).
 */
@Component
class TaskExecutionStep extends TimedStep {

	static final String KIND = "task-execution";

	private final TaskSteps tasks;

	TaskExecutionStep(TaskSteps tasks) {
		super(KIND, StepSetting.timed(Duration.ofSeconds(2)));
		this.tasks = tasks;
	}

	@Override
	public void run(String taskDetailNo, Instant dueAt) {
		this.tasks.finish(taskDetailNo, dueAt);
	}

	@Override
	public void runAll(List<String> taskDetailNos, Instant dueAt) {
		this.tasks.finishAll(taskDetailNos, dueAt);
	}

	@Override
	public boolean failed(String taskDetailNo, Instant dueAt, RuntimeException error) {
		this.tasks.abandon(taskDetailNo, dueAt, error);
		return true;
	}

}
