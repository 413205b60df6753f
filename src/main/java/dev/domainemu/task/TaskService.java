package dev.domainemu.task;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.paging.Paging;
import dev.domainemu.progression.Progression;
import dev.domainemu.progression.StepHandler;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.RequestIds;

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
public class TaskService implements StepHandler {

	static final String STEP_KIND = "task";

	private final TaskRepository tasks;

	private final TaskDetailRepository details;

	private final DomainTaskGuardRepository guards;

	private final Map<TaskType, TaskExecutor> executors = new EnumMap<>(TaskType.class);

	private final EmulatorClock clock;

	private final Progression progression;

	private final TaskProperties properties;

	private final TransactionTemplate transaction;

	TaskService(TaskRepository tasks, TaskDetailRepository details, DomainTaskGuardRepository guards,
			List<TaskExecutor> executors, EmulatorClock clock, Progression progression, TaskProperties properties,
			PlatformTransactionManager transactionManager) {
		this.tasks = tasks;
		this.details = details;
		this.guards = guards;
		executors.forEach((executor) -> this.executors.put(executor.type(), executor));
		this.clock = clock;
		this.progression = progression;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Submits a task over one domain and answers its TaskNo; {@code TaskIsBeingProcessed}
	 * while the domain has an unfinished task.
	 */
	public String submitSingle(String userId, TaskType type, String domainName, String instanceId, String clientIp) {
		try {
			return this.transaction.execute((status) -> {
				Instant now = this.clock.instant();
				String taskNo = RequestIds.lowerCaseUuid();
				String detailNo = RequestIds.lowerCaseUuid();
				this.guards.claim(DomainTaskGuard.key(userId, domainName), detailNo);
				this.tasks.save(new Task(taskNo, userId, type, 1, clientIp, now));
				this.details.save(new TaskDetail(detailNo, taskNo, userId, domainName, instanceId, type, now));
				Instant started = now.plus(this.properties.startDelay());
				this.progression.schedule(STEP_KIND, detailNo, started);
				this.progression.schedule(STEP_KIND, detailNo, started.plus(this.properties.executionTime()));
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

	@Override
	public String kind() {
		return STEP_KIND;
	}

	/** Moves a detail one step: waiting to executing, or executing to its outcome. */
	@Override
	public void run(String taskDetailNo, Instant dueAt) {
		TaskDetail detail = this.details.findById(taskDetailNo).orElse(null);
		if (detail == null) {
			return;
		}
		if (detail.status() == TaskDetailStatus.WAITING_EXECUTE) {
			detail.start(dueAt);
		}
		else if (detail.status() == TaskDetailStatus.EXECUTING) {
			TaskOutcome outcome = this.executors.get(detail.type())
				.execute(detail.userId(), detail.domainName(), detail.instanceId());
			detail.finish(outcome, dueAt);
			this.guards.release(DomainTaskGuard.key(detail.userId(), detail.domainName()));
		}
	}

	/** Forgets every task. */
	@Transactional
	public void clear() {
		this.guards.deleteAllInBatch();
		this.details.deleteAllInBatch();
		this.tasks.deleteAllInBatch();
	}

}
