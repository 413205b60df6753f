package dev.domainemu.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.ids.Ids;
import dev.domainemu.paging.Batches;
import dev.domainemu.progression.Progression;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.storage.Totals;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits tasks, acknowledges their results, ends them on request and forgets them. A
 * domain has at most one unfinished task: the database holds a guard row per busy domain,
 * so parallel submissions cannot both succeed. The steps move them on the clock
 * ({@link TaskSteps}); {@link TaskQueries} reads them back.
 */
@Service
public class TaskService {

	private final TaskRepository tasks;

	private final TaskDetailRepository details;

	private final DomainTaskGuardRepository guards;

	private final Progression progression;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final TaskSteps steps;

	private final TaskQueries queries;

	private final TaskBulk bulk;

	private final Totals totals;

	private final Ids ids;

	/** The total of an account's tasks ({@link Totals}). */
	static final String TASKS = "tasks";

	/** The total of an account's finished details not yet acknowledged. */
	static final String RESULTS = "results";

	TaskService(TaskRepository tasks, TaskDetailRepository details, DomainTaskGuardRepository guards, TaskSteps steps,
			TaskQueries queries, EmulatorClock clock, Progression progression,
			PlatformTransactionManager transactionManager, TaskBulk bulk, Totals totals, Ids ids) {
		this.ids = ids;
		this.totals = totals;
		this.bulk = bulk;
		this.steps = steps;
		this.queries = queries;
		this.tasks = tasks;
		this.details = details;
		this.guards = guards;
		this.clock = clock;
		this.progression = progression;
		this.transaction = new TransactionTemplate(transactionManager);
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
		return this.transaction.execute((status) -> {
			List<String> detailNos = new ArrayList<>(items.size());
			items.forEach((item) -> detailNos.add(this.ids.taskNo()));
			claim(userId, items, detailNos);
			// read only once the domains are ours: a claim may have waited for a task
			// finishing at a later clock time than before it
			Instant now = this.clock.now(userId);
			String taskNo = this.ids.taskNo();
			this.tasks.save(new Task(taskNo, userId, type, items.size(), clientIp, now));
			this.totals.add(userId, TASKS, 1);
			for (int i = 0; i < items.size(); i++) {
				String detailNo = detailNos.get(i);
				this.details.save(new TaskDetail(detailNo, taskNo, userId, items.get(i), type, now));
				submitted.accept(items.get(i), detailNo);
				this.progression.schedule(userId, TaskStartStep.KIND, detailNo, now);
			}
			return taskNo;
		});
	}

	/**
	 * Claims the guard rows of the items' domains in one global order (sorted by key), so
	 * that two submissions over the same domains never wait for each other in a circle.
	 * Only a refusal of the guard's own key is {@code TaskIsBeingProcessed}; any other
	 * database error goes up as it is.
	 */
	private void claim(String userId, List<TaskItem> items, List<String> detailNos) {
		Map<String, String> byKey = new TreeMap<>();
		for (int i = 0; i < items.size(); i++) {
			byKey.put(DomainTaskGuard.key(userId, items.get(i).domainName()), detailNos.get(i));
		}
		byKey.forEach((key, detailNo) -> {
			try {
				this.guards.claim(key, detailNo);
			}
			catch (DataIntegrityViolationException ex) {
				if (DomainTaskGuard.isTaken(ex)) {
					throw new ApiException(ApiError.TASK_IS_BEING_PROCESSED);
				}
				throw ex;
			}
		});
	}

	/**
	 * Submits a task per item, each of one detail, in batched SQL: as {@link #submit}
	 * would, for loads of many at once, which are not journaled. A domain with an
	 * unfinished task refuses the whole load. Joins the caller's transaction.
	 * @return their TaskNos, in the order of the items
	 */
	@Transactional
	public List<String> submitMany(String userId, TaskType type, List<TaskItem> items) {
		Instant now = this.clock.now(userId);
		List<String[]> numbers = this.bulk.insert(userId, type, items, now);
		this.totals.add(userId, TASKS, items.size());
		this.progression.scheduleAll(userId, TaskStartStep.KIND, numbers.stream().map((pair) -> pair[1]).toList(), now);
		return numbers.stream().map((pair) -> pair[0]).toList();
	}

	/**
	 * Marks finished details as read, so that {@link TaskQueries#results} no longer
	 * returns them.
	 * @return how many were newly acknowledged (unknown, unfinished and already
	 * acknowledged details are left alone)
	 */
	@Transactional
	public int acknowledge(String userId, Collection<String> taskDetailNos) {
		int acknowledged = this.details.acknowledge(userId, taskDetailNos);
		this.totals.add(userId, RESULTS, -acknowledged);
		return acknowledged;
	}

	/**
	 * Ends a task's unfinished details at once with a chosen outcome: the one named, or
	 * every unfinished one. The domains are free for other tasks afterwards.
	 * @return the task after the change, or {@code null} when the account has no such
	 * task
	 * @throws NoSuchElementException when the task has no such detail
	 * @throws IllegalStateException when the named detail has already finished
	 */
	@Transactional
	public TaskView settle(String userId, String taskNo, String taskDetailNo, TaskOutcome outcome) {
		if (this.tasks.findByUserIdAndTaskNo(userId, taskNo).isEmpty()) {
			return null;
		}
		List<TaskDetail> details = this.details.findByUserIdAndTaskNoOrderByIdAsc(userId, taskNo);
		Instant now = this.clock.now(userId);
		if (taskDetailNo != null) {
			TaskDetail detail = details.stream()
				.filter((candidate) -> candidate.taskDetailNo().equals(taskDetailNo))
				.findFirst()
				.orElseThrow(() -> new NoSuchElementException(
						"taskDetailNo: task " + taskNo + " has no detail " + taskDetailNo));
			this.steps.settle(detail, outcome, now);
		}
		else {
			details.stream()
				.filter((detail) -> !detail.status().finished())
				.forEach((detail) -> this.steps.settle(detail, outcome, now));
		}
		return this.queries.task(userId, taskNo);
	}

	/**
	 * Forgets the tasks with their details and waiting steps; their domains are free for
	 * other tasks.
	 */
	@Transactional
	public void remove(String userId, Collection<String> taskNos) {
		Batches.forEach(taskNos, (batch) -> {
			Batches.forEach(this.details.domainsOf(userId, batch), (details) -> {
				List<String> detailNos = details.stream().map((detail) -> (String) detail[0]).toList();
				this.progression.forget(detailNos);
				this.guards.releaseAll(
						details.stream().map((detail) -> DomainTaskGuard.key(userId, (String) detail[1])).toList(),
						detailNos);
			});
			this.totals.add(userId, RESULTS, -this.details.countUnacknowledged(userId, batch));
			this.details.deleteByTaskNos(userId, batch);
			this.totals.add(userId, TASKS, -this.tasks.deleteByTaskNos(batch));
		});
	}

	/** Forgets every task of the account, as {@link #remove} does. */
	@Transactional
	public void forget(String userId) {
		remove(userId, this.tasks.taskNosOf(userId));
	}

	/** Forgets every task. */
	@Transactional
	public void clear() {
		this.guards.deleteAllInBatch();
		this.details.deleteAllInBatch();
		this.tasks.deleteAllInBatch();
	}

}
