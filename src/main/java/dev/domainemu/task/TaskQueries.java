package dev.domainemu.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.domainemu.paging.Paging;
import dev.domainemu.storage.Totals;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tasks back: an account's tasks and a task's details, by page or from a cursor,
 * the finished details not yet acknowledged, and one task whole.
 */
@Service
public class TaskQueries {

	private static final Sort BY_ID = Sort.by("id");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createTime"), Sort.Order.desc("id"));

	/** Later than any task's creation, and still a value every database can hold. */
	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private final TaskRepository tasks;

	private final TaskDetailRepository details;

	private final Totals totals;

	TaskQueries(TaskRepository tasks, TaskDetailRepository details, Totals totals) {
		this.tasks = tasks;
		this.details = details;
		this.totals = totals;
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
				? Paging.page(pageNum, pageSize, NEWEST_FIRST, this.totals.get(userId, TaskService.TASKS),
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
				? Paging.page(pageNum, pageSize, order, this.totals.get(userId, TaskService.RESULTS),
						(request) -> this.details.unacknowledged(userId, codes, request))
				: Paging.page(pageNum, pageSize, order,
						(request) -> this.details.results(userId, codes, taskNo, instanceId, domainName, request));
		return page.map(TaskDetail::toRecord);
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

}
