package dev.domainemu.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.domainemu.progression.StepSetting;
import dev.domainemu.progression.TimedStep;

import org.springframework.stereotype.Component;

/**
 * A submitted task detail starts executing ({@code WAITING_EXECUTE} to
 * {@code EXECUTING}).
 */
@Component
class TaskStartStep extends TimedStep {

	static final String KIND = "task-start";

	private final TaskSteps tasks;

	TaskStartStep(TaskSteps tasks) {
		super(KIND, StepSetting.timed(Duration.ofSeconds(1)));
		this.tasks = tasks;
	}

	@Override
	public void run(String taskDetailNo, Instant dueAt) {
		this.tasks.start(taskDetailNo, dueAt);
	}

	@Override
	public void runAll(List<String> taskDetailNos, Instant dueAt) {
		this.tasks.startAll(taskDetailNos, dueAt);
	}

	@Override
	public boolean failed(String taskDetailNo, Instant dueAt, RuntimeException error) {
		this.tasks.abandon(taskDetailNo, dueAt, error);
		return true;
	}

}
