package dev.domainemu.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.domainemu.paging.Batches;
import dev.domainemu.progression.Progression;
import dev.domainemu.storage.Totals;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Moves task details on the clock, as their steps fall due: a waiting detail starts, an
 * executing one makes an attempt at its work through its type's executor and ends (or
 * waits for a retry), and a detail whose step failed every attempt ends in failure. An
 * ended detail frees its domain for other tasks.
 */
@Component
class TaskSteps implements SmartInitializingSingleton {

	private final TaskDetailRepository details;

	private final DomainTaskGuardRepository guards;

	private final Map<TaskType, TaskExecutor> executors = new EnumMap<>(TaskType.class);

	private final ObjectProvider<TaskExecutor> executorProvider;

	private final Progression progression;

	private final TaskProperties properties;

	private final Totals totals;

	TaskSteps(TaskDetailRepository details, DomainTaskGuardRepository guards,
			ObjectProvider<TaskExecutor> executorProvider, Progression progression, TaskProperties properties,
			Totals totals) {
		this.details = details;
		this.guards = guards;
		this.executorProvider = executorProvider;
		this.progression = progression;
		this.properties = properties;
		this.totals = totals;
	}

	/**
	 * Collects the executors once every bean exists (executors may depend on services
	 * that submit tasks).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.executorProvider.orderedStream().forEach((executor) -> {
			if (this.executors.putIfAbsent(executor.type(), executor) != null) {
				throw new IllegalStateException("Two executors for task type " + executor.type());
			}
		});
	}

	/** A waiting detail starts executing; its execution step is scheduled from then. */
	void start(String taskDetailNo, Instant at) {
		this.details.findByTaskDetailNo(taskDetailNo)
			.filter((detail) -> detail.status() == TaskDetailStatus.WAITING_EXECUTE)
			.ifPresent((detail) -> {
				detail.start(at);
				this.progression.schedule(detail.userId(), TaskExecutionStep.KIND, taskDetailNo, at);
			});
	}

	/** The waiting details start executing, as {@link #start} would each, in order. */
	void startAll(List<String> taskDetailNos, Instant at) {
		Map<String, List<String>> started = new LinkedHashMap<>();
		for (TaskDetail detail : detailsInOrder(taskDetailNos)) {
			if (detail.status() == TaskDetailStatus.WAITING_EXECUTE) {
				detail.start(at);
				started.computeIfAbsent(detail.userId(), (user) -> new ArrayList<>()).add(detail.taskDetailNo());
			}
		}
		started.forEach((user, numbers) -> this.progression.scheduleAll(user, TaskExecutionStep.KIND, numbers, at));
	}

	/**
	 * The executing details make an attempt at their work, as {@link #finish} would each:
	 * the work of one task type at once, the totals, guards and retries in a few
	 * statements.
	 */
	void finishAll(List<String> taskDetailNos, Instant at) {
		List<TaskDetail> executing = detailsInOrder(taskDetailNos).stream()
			.filter((detail) -> detail.status() == TaskDetailStatus.EXECUTING)
			.distinct()
			.toList();
		Map<TaskType, List<TaskDetail>> byType = new EnumMap<>(TaskType.class);
		executing.forEach((detail) -> byType.computeIfAbsent(detail.type(), (type) -> new ArrayList<>()).add(detail));
		Map<String, Long> ended = new LinkedHashMap<>();
		Map<String, List<String>> retried = new LinkedHashMap<>();
		List<String[]> released = new ArrayList<>();
		byType.forEach((type, ofType) -> {
			List<TaskOutcome> outcomes = this.executors.get(type)
				.executeAll(ofType.stream().map((detail) -> detail.work(at)).toList());
			for (int i = 0; i < ofType.size(); i++) {
				TaskDetail detail = ofType.get(i);
				if (detail.finish(outcomes.get(i), this.properties.maxRetries(), at)) {
					ended.merge(detail.userId(), 1L, Long::sum);
					released.add(new String[] { DomainTaskGuard.key(detail.userId(), detail.domainName()),
							detail.taskDetailNo() });
				}
				else {
					retried.computeIfAbsent(detail.userId(), (user) -> new ArrayList<>()).add(detail.taskDetailNo());
				}
			}
		});
		ended.forEach((user, count) -> this.totals.add(user, TaskService.RESULTS, count));
		Batches.forEach(released, (batch) -> this.guards.releaseAll(batch.stream().map((pair) -> pair[0]).toList(),
				batch.stream().map((pair) -> pair[1]).toList()));
		retried.forEach((user, numbers) -> this.progression.scheduleAll(user, TaskExecutionStep.KIND, numbers, at));
	}

	/** The details of the numbers that exist, in the numbers' order. */
	private List<TaskDetail> detailsInOrder(List<String> taskDetailNos) {
		Map<String, TaskDetail> byNumber = Batches.byKey(taskDetailNos, this.details::findByTaskDetailNoIn,
				TaskDetail::taskDetailNo);
		return taskDetailNos.stream().map(byNumber::get).filter(Objects::nonNull).toList();
	}

	/**
	 * An executing detail makes an attempt at its work. It ends, and the domain is free
	 * for another task, unless a transient error leaves a retry, which is scheduled like
	 * the first attempt.
	 */
	void finish(String taskDetailNo, Instant at) {
		this.details.findByTaskDetailNo(taskDetailNo)
			.filter((detail) -> detail.status() == TaskDetailStatus.EXECUTING)
			.ifPresent((detail) -> {
				TaskOutcome outcome = this.executors.get(detail.type()).execute(detail.work(at));
				if (detail.finish(outcome, this.properties.maxRetries(), at)) {
					this.totals.add(detail.userId(), TaskService.RESULTS, 1);
					release(detail);
				}
				else {
					this.progression.schedule(detail.userId(), TaskExecutionStep.KIND, taskDetailNo, at);
				}
			});
	}

	/**
	 * A step of the detail failed every attempt: the detail ends in
	 * {@code EXECUTE_FAILURE} with the {@code FailReason} {@code InternalError}, and its
	 * domain is free for other tasks.
	 */
	void abandon(String taskDetailNo, Instant at, RuntimeException error) {
		this.details.findByTaskDetailNo(taskDetailNo)
			.filter((detail) -> !detail.status().finished())
			.ifPresent((detail) -> settle(detail,
					TaskOutcome.failed(TaskDetail.INTERNAL_ERROR,
							"The emulator could not carry out this task (" + error.getClass().getSimpleName()
									+ "); it failed, and the domain is free for another task."),
					at));
	}

	/** Ends the detail with the outcome given and frees its domain. */
	void settle(TaskDetail detail, TaskOutcome outcome, Instant now) {
		detail.settle(outcome, now);
		this.totals.add(detail.userId(), TaskService.RESULTS, 1);
		release(detail);
	}

	/** Frees the detail's domain for other tasks: its own claim, no other. */
	private void release(TaskDetail detail) {
		this.guards.release(DomainTaskGuard.key(detail.userId(), detail.domainName()), detail.taskDetailNo());
	}

}
