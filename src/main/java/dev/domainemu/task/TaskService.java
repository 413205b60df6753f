package dev.domainemu.task;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.paging.Paging;
import dev.domainemu.progression.Progression;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.RequestIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits tasks, moves them on the clock and reads them back. A domain has at most one
 * unfinished task: the database holds a guard row per busy domain, so parallel
 * submissions cannot both succeed.
 */
@Service
public class TaskService implements SmartInitializingSingleton {

	private final TaskRepository tasks;

	private final TaskDetailRepository details;

	private final DomainTaskGuardRepository guards;

	private final Map<TaskType, TaskExecutor> executors = new EnumMap<>(TaskType.class);

	private final Progression progression;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final ObjectProvider<TaskExecutor> executorProvider;

	TaskService(TaskRepository tasks, TaskDetailRepository details, DomainTaskGuardRepository guards,
			ObjectProvider<TaskExecutor> executorProvider, EmulatorClock clock, Progression progression,
			PlatformTransactionManager transactionManager) {
		this.tasks = tasks;
		this.details = details;
		this.guards = guards;
		this.executorProvider = executorProvider;
		this.clock = clock;
		this.progression = progression;
		this.transaction = new TransactionTemplate(transactionManager);
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

	/**
	 * Submits a task over one domain and answers its TaskNo; {@code TaskIsBeingProcessed}
	 * while the domain has an unfinished task.
	 */
	public String submitSingle(String userId, TaskType type, String domainName, String instanceId, String clientIp) {
		return submit(userId, type, clientIp, List.of(new TaskItem(domainName, instanceId)), (item, detailNo) -> {
		});
	}

	/**
	 * Submits a task with a detail per item and answers its TaskNo, all or nothing:
	 * {@code TaskIsBeingProcessed} when any of the domains has an unfinished task.
	 * @param submitted called in the submitting transaction with each item and its
	 * TaskDetailNo; what it throws undoes the whole submission
	 */
	public String submit(String userId, TaskType type, String clientIp, List<TaskItem> items,
			BiConsumer<TaskItem, String> submitted) {
		try {
			return this.transaction.execute((status) -> {
				Instant now = this.clock.instant();
				String taskNo = RequestIds.lowerCaseUuid();
				this.tasks.save(new Task(taskNo, userId, type, items.size(), clientIp, now));
				for (TaskItem item : items) {
					String detailNo = RequestIds.lowerCaseUuid();
					this.guards.claim(DomainTaskGuard.key(userId, item.domainName()), detailNo);
					this.details.save(
							new TaskDetail(detailNo, taskNo, userId, item.domainName(), item.instanceId(), type, now));
					submitted.accept(item, detailNo);
					this.progression.schedule(TaskStartStep.KIND, detailNo, now);
				}
				return taskNo;
			});
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw new ApiException(ApiError.TASK_IS_BEING_PROCESSED);
		}
	}

	/** One page of a task's details, oldest first, filtered as the caller asked. */
	@Transactional(readOnly = true)
	public Page<TaskDetailRecord> details(String userId, String taskNo, int pageNum, int pageSize,
			TaskDetailStatus status, String instanceId, String domainName) {
		Integer statusCode = (status != null) ? status.code() : null;
		return Paging
			.page(pageNum, pageSize, Sort.by("createTime", "taskDetailNo"),
					(page) -> this.details.search(userId, taskNo, statusCode, instanceId, domainName, page),
					() -> this.details.countMatching(userId, taskNo, statusCode, instanceId, domainName))
			.map(TaskDetail::toRecord);
	}

	/** A waiting detail starts executing; its execution step is scheduled from then. */
	void start(String taskDetailNo, Instant at) {
		this.details.findById(taskDetailNo)
			.filter((detail) -> detail.status() == TaskDetailStatus.WAITING_EXECUTE)
			.ifPresent((detail) -> {
				detail.start(at);
				this.progression.schedule(TaskExecutionStep.KIND, taskDetailNo, at);
			});
	}

	/**
	 * An executing detail does its work and ends; the domain is free for another task.
	 */
	void finish(String taskDetailNo, Instant at) {
		this.details.findById(taskDetailNo)
			.filter((detail) -> detail.status() == TaskDetailStatus.EXECUTING)
			.ifPresent((detail) -> {
				TaskOutcome outcome = this.executors.get(detail.type())
					.execute(new TaskWork(taskDetailNo, detail.userId(), detail.domainName(), detail.instanceId()));
				detail.finish(outcome, at);
				this.guards.release(DomainTaskGuard.key(detail.userId(), detail.domainName()));
			});
	}

	/** Forgets every task. */
	@Transactional
	public void clear() {
		this.guards.deleteAllInBatch();
		this.details.deleteAllInBatch();
		this.tasks.deleteAllInBatch();
	}

}
