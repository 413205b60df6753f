package dev.domainemu.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.paging.Batches;
import dev.domainemu.paging.Paging;
import dev.domainemu.progression.Progression;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.RequestIds;
import dev.domainemu.storage.Totals;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

	private static final Sort BY_ID = Sort.by("id");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createTime"), Sort.Order.desc("id"));

	/** Later than any task's creation, and still a value every database can hold. */
	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private final TaskRepository tasks;

	private final TaskDetailRepository details;

	private final DomainTaskGuardRepository guards;

	private final Map<TaskType, TaskExecutor> executors = new EnumMap<>(TaskType.class);

	private final Progression progression;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final ObjectProvider<TaskExecutor> executorProvider;

	private final TaskProperties properties;

	private final TaskBulk bulk;

	private final Totals totals;

	/** The total of an account's tasks ({@link Totals}). */
	static final String TASKS = "tasks";

	/** The total of an account's finished details not yet acknowledged. */
	static final String RESULTS = "results";

	TaskService(TaskRepository tasks, TaskDetailRepository details, DomainTaskGuardRepository guards,
			ObjectProvider<TaskExecutor> executorProvider, EmulatorClock clock, Progression progression,
			PlatformTransactionManager transactionManager, TaskProperties properties, TaskBulk bulk, Totals totals) {
		this.totals = totals;
		this.bulk = bulk;
		this.properties = properties;
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
		return this.transaction.execute((status) -> {
			List<String> detailNos = new ArrayList<>(items.size());
			items.forEach((item) -> detailNos.add(RequestIds.lowerCaseUuid()));
			claim(userId, items, detailNos);
			// read only once the domains are ours: a claim may have waited for a task
			// finishing at a later clock time than before it
			Instant now = this.clock.instant();
			String taskNo = RequestIds.lowerCaseUuid();
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
		Instant now = this.clock.instant();
		List<String[]> numbers = this.bulk.insert(userId, type, items, now);
		this.totals.add(userId, TASKS, items.size());
		this.progression.scheduleAll(userId, TaskStartStep.KIND, numbers.stream().map((pair) -> pair[1]).toList(), now);
		return numbers.stream().map((pair) -> pair[0]).toList();
	}

	/** One page of a task's details in submission order, filtered as the caller asked. */
	@Transactional(readOnly = true)
	public Page<TaskDetailRecord> details(String userId, String taskNo, int pageNum, int pageSize,
			TaskDetailStatus status, String instanceId, String domainName) {
		Integer statusCode = code(status);
		return Paging
			.page(pageNum, pageSize, BY_ID,
					(page) -> this.details.search(userId, taskNo, statusCode, instanceId, domainName, page))
			.map(TaskDetail::toRecord);
	}

	/**
	 * One page of the account's tasks, newest first, created in {@code [from, to)}
	 * (either bound optional).
	 */
	@Transactional(readOnly = true)
	public Page<TaskRecord> tasks(String userId, int pageNum, int pageSize, Instant from, Instant to) {
		Page<Task> page = (from == null && to == null)
				? Paging.page(pageNum, pageSize, NEWEST_FIRST, this.totals.get(userId, TASKS),
						(request) -> this.tasks.findByUserId(userId, request))
				: Paging.page(pageNum, pageSize, NEWEST_FIRST,
						(request) -> this.tasks.search(userId, from, to, request));
		Map<String, TaskStatus> statuses = statuses(userId, page.getContent());
		return page.map((task) -> task.toRecord(statuses.get(task.taskNo())));
	}

	/**
	 * A page of the account's tasks, newest first, starting at a cursor: the task
	 * {@code taskNoCursor} when it exists, else the newest task created in the
	 * millisecond {@code createTimeCursor} or before, else the newest task.
	 */
	@Transactional(readOnly = true)
	public CursorPage<TaskRecord> taskHistory(String userId, int pageSize, String taskNoCursor, Long createTimeCursor,
			Instant from, Instant to) {
		Instant time = LATEST;
		long id = Long.MAX_VALUE;
		Task anchor = (taskNoCursor != null) ? this.tasks.findByUserIdAndTaskNo(userId, taskNoCursor).orElse(null)
				: null;
		if (anchor != null) {
			time = anchor.createTime();
			id = anchor.id();
		}
		else if (taskNoCursor != null && createTimeCursor == null) {
			return CursorPage.empty();
		}
		else if (createTimeCursor != null) {
			time = Instant.ofEpochMilli(createTimeCursor).plusMillis(1).minusNanos(1);
		}
		List<Task> page = this.tasks.olderFrom(userId, from, to, time, id, PageRequest.of(0, pageSize + 1));
		if (page.isEmpty()) {
			return CursorPage.empty();
		}
		Task first = page.get(0);
		List<Task> newer = this.tasks.newerThan(userId, from, to, first.createTime(), first.id(),
				PageRequest.of(0, pageSize));
		List<Task> all = new ArrayList<>(page);
		all.addAll(newer);
		Map<String, TaskStatus> statuses = statuses(userId, all);
		Function<Task, TaskRecord> record = (task) -> task.toRecord(statuses.get(task.taskNo()));
		return cursorPage(page, newer, pageSize, record);
	}

	/**
	 * A page of one task's details in submission order, starting at a cursor: the detail
	 * {@code taskDetailNoCursor}, else the detail for {@code domainNameCursor}, else the
	 * first; empty when the cursor names no detail of the task.
	 */
	@Transactional(readOnly = true)
	public CursorPage<TaskDetailRecord> detailHistory(String userId, String taskNo, int pageSize,
			TaskDetailStatus status, String domainName, String domainNameCursor, String taskDetailNoCursor) {
		long id = 0;
		if (taskDetailNoCursor != null || domainNameCursor != null) {
			TaskDetail anchor = ((taskDetailNoCursor != null)
					? this.details.findByTaskDetailNo(taskDetailNoCursor)
						.filter((detail) -> detail.userId().equals(userId) && detail.taskNo().equals(taskNo))
					: this.details.findFirstByUserIdAndTaskNoAndDomainName(userId, taskNo, domainNameCursor))
				.orElse(null);
			if (anchor == null) {
				return CursorPage.empty();
			}
			id = anchor.id();
		}
		Integer statusCode = code(status);
		List<TaskDetail> page = this.details.from(userId, taskNo, statusCode, domainName, id,
				PageRequest.of(0, pageSize + 1));
		if (page.isEmpty()) {
			return CursorPage.empty();
		}
		List<TaskDetail> earlier = this.details.before(userId, taskNo, statusCode, domainName, page.get(0).id(),
				PageRequest.of(0, pageSize));
		return cursorPage(page, earlier, pageSize, TaskDetail::toRecord);
	}

	/**
	 * One page of finished details not yet acknowledged, in the order they finished.
	 * @param status {@code EXECUTE_SUCCESS} or {@code EXECUTE_FAILURE}, or {@code null}
	 * for both
	 */
	@Transactional(readOnly = true)
	public Page<TaskDetailRecord> results(String userId, int pageNum, int pageSize, TaskDetailStatus status,
			String taskNo, String instanceId, String domainName) {
		List<Integer> codes = (status != null) ? List.of(status.code())
				: List.of(TaskDetailStatus.EXECUTE_SUCCESS.code(), TaskDetailStatus.EXECUTE_FAILURE.code());
		Sort order = Sort.by("updateTime", "id");
		Page<TaskDetail> page = (status == null && taskNo == null && instanceId == null && domainName == null)
				? Paging.page(pageNum, pageSize, order, this.totals.get(userId, RESULTS),
						(request) -> this.details.unacknowledged(userId, codes, request))
				: Paging.page(pageNum, pageSize, order,
						(request) -> this.details.results(userId, codes, taskNo, instanceId, domainName, request));
		return page.map(TaskDetail::toRecord);
	}

	/**
	 * Marks finished details as read, so that {@link #results} no longer returns them.
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
		Instant now = this.clock.instant();
		if (taskDetailNo != null) {
			TaskDetail detail = details.stream()
				.filter((candidate) -> candidate.taskDetailNo().equals(taskDetailNo))
				.findFirst()
				.orElseThrow(() -> new NoSuchElementException(
						"taskDetailNo: task " + taskNo + " has no detail " + taskDetailNo));
			settle(detail, outcome, now);
		}
		else {
			details.stream()
				.filter((detail) -> !detail.status().finished())
				.forEach((detail) -> settle(detail, outcome, now));
		}
		return task(userId, taskNo);
	}

	private void settle(TaskDetail detail, TaskOutcome outcome, Instant now) {
		detail.settle(outcome, now);
		this.totals.add(detail.userId(), RESULTS, 1);
		release(detail);
	}

	/** Frees the detail's domain for other tasks: its own claim, no other. */
	private void release(TaskDetail detail) {
		this.guards.release(DomainTaskGuard.key(detail.userId(), detail.domainName()), detail.taskDetailNo());
	}

	/** A task with its details in submission order, or {@code null}. */
	@Transactional(readOnly = true)
	public TaskView task(String userId, String taskNo) {
		Task task = this.tasks.findByUserIdAndTaskNo(userId, taskNo).orElse(null);
		if (task == null) {
			return null;
		}
		List<TaskDetailRecord> details = this.details.findByUserIdAndTaskNoOrderByIdAsc(userId, taskNo)
			.stream()
			.map(TaskDetail::toRecord)
			.toList();
		return new TaskView(task.toRecord(statuses(userId, List.of(task)).get(taskNo)), details);
	}

	private Map<String, TaskStatus> statuses(String userId, List<Task> tasks) {
		Map<String, TaskStatus> statuses = new HashMap<>();
		if (tasks.isEmpty()) {
			return statuses;
		}
		for (Object[] range : this.details.statusRanges(userId, tasks.stream().map(Task::taskNo).toList())) {
			statuses.put((String) range[0], TaskStatus.of((Integer) range[1], (Integer) range[2]));
		}
		return statuses;
	}

	/**
	 * Builds a cursor page from the items at and after the cursor (one more than a page
	 * when there is a next page) and the items before it, nearest first.
	 */
	private static <E, R> CursorPage<R> cursorPage(List<E> fromCursor, List<E> before, int pageSize,
			Function<E, R> record) {
		List<R> items = fromCursor.subList(0, Math.min(pageSize, fromCursor.size())).stream().map(record).toList();
		R next = (fromCursor.size() > pageSize) ? record.apply(fromCursor.get(pageSize)) : null;
		R previous = before.isEmpty() ? null : record.apply(before.get(before.size() - 1));
		return new CursorPage<>(items, items.get(0), next, previous);
	}

	private static Integer code(TaskDetailStatus status) {
		return (status != null) ? status.code() : null;
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
		ended.forEach((user, count) -> this.totals.add(user, RESULTS, count));
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
					this.totals.add(detail.userId(), RESULTS, 1);
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

	/** Forgets every task. */
	@Transactional
	public void clear() {
		this.guards.deleteAllInBatch();
		this.details.deleteAllInBatch();
		this.tasks.deleteAllInBatch();
	}

}
