package dev.domainemu.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task repositories' paging, cursor and filter queries against a database alone (a
 * {@code @DataJpaTest} on H2 and on PostgreSQL, the schema from the migrations): walking
 * by cursor visits every row once, in order, through runs of rows created in the same
 * millisecond; filters and counts agree; and the rows of another account never show.
 */
abstract class TaskRepositoryContract {

	private static final Instant T0 = Instant.parse("2026-01-15T04:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private static final int PAGE = 10;

	@Autowired
	private TaskRepository tasks;

	@Autowired
	private TaskDetailRepository details;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	/** Each test starts from empty tables, whatever the one before committed. */
	@BeforeEach
	void empty() {
		this.jdbc.update("delete from task_detail");
		this.jdbc.update("delete from task");
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute((status) -> work.get());
	}

	/** 1,000 tasks of the account, 37 at a time created in the same millisecond. */
	private List<Task> thousandTasks() {
		List<Task> made = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			Instant at = T0.plusSeconds(i / 37);
			made.add(this.tasks.save(new Task("t-" + i, "u1", TaskType.SET_TRANSFER_PROHIBITED, 1, null, at)));
			if (i % 100 == 0) {
				this.tasks.save(new Task("other-" + i, "u2", TaskType.SET_TRANSFER_PROHIBITED, 1, null, at));
			}
		}
		this.tasks.flush();
		return made;
	}

	@Test
	void taskCursorsVisitEveryTaskOnceNewestFirstThroughTies() {
		List<String> expected = thousandTasks().stream()
			.sorted(Comparator.comparing(Task::createTime).thenComparing(Task::id).reversed())
			.map(Task::taskNo)
			.toList();
		List<String> walked = new ArrayList<>();
		Instant time = LATEST;
		long id = Long.MAX_VALUE;
		List<Task> previous = List.of();
		while (true) {
			List<Task> page = this.tasks.olderFrom("u1", null, null, time, id, PageRequest.of(0, PAGE + 1));
			if (page.isEmpty()) {
				break;
			}
			List<Task> shown = page.subList(0, Math.min(PAGE, page.size()));
			// the page before, read back from this one's first task, is the page walked
			// before it
			List<Task> newer = this.tasks.newerThan("u1", null, null, shown.get(0).createTime(), shown.get(0).id(),
					PageRequest.of(0, PAGE));
			assertThat(numbers(reversed(newer))).isEqualTo(numbers(previous));
			shown.forEach((task) -> walked.add(task.taskNo()));
			if (page.size() <= PAGE) {
				break;
			}
			time = page.get(PAGE).createTime();
			id = page.get(PAGE).id();
			previous = shown;
		}
		assertThat(walked).hasSize(1000).doesNotHaveDuplicates().isEqualTo(expected);
	}

	@Test
	void tasksAreSearchedInAHalfOpenRangeOfCreationTimes() {
		thousandTasks();
		Instant from = T0.plusSeconds(1);
		Instant to = T0.plusSeconds(3);
		Page<Task> first = this.tasks.search("u1", from, to, PageRequest.of(0, 50, Sort.by("createTime", "id")));
		// seconds 1 and 2: tasks 37 to 110
		assertThat(first.getTotalElements()).isEqualTo(74);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent())
			.allSatisfy((task) -> assertThat(task.createTime()).isBetween(from, to.minusMillis(1)));
		assertThat(this.tasks.search("u1", null, null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(1000);
		assertThat(this.tasks.search("u1", to, null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(1000 - 111);
		assertThat(this.tasks.search("nobody", null, null, PageRequest.of(0, 1)).getTotalElements()).isZero();
		assertThat(this.tasks.findByUserId("u2", PageRequest.of(0, 100))).hasSize(10);
	}

	/**
	 * One task of 1,000 details for a.com … in submission order, every third finished.
	 */
	private List<TaskDetail> thousandDetails() {
		this.tasks.save(new Task("big", "u1", TaskType.SET_TRANSFER_PROHIBITED, 1000, null, T0));
		List<TaskDetail> made = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			TaskDetail detail = new TaskDetail("big-" + i, "big", "u1", new TaskItem("d" + i + ".com", "S2026I" + i),
					TaskType.SET_TRANSFER_PROHIBITED, T0);
			if (i % 3 == 0) {
				detail.start(T0);
				detail.finish(TaskOutcome.succeeded(null), 0, T0.plusSeconds(i));
			}
			made.add(this.details.save(detail));
		}
		this.details.save(new TaskDetail("elsewhere", "big", "u2", new TaskItem("d1.com", null),
				TaskType.SET_TRANSFER_PROHIBITED, T0));
		this.details.flush();
		return made;
	}

	@Test
	void detailCursorsVisitEveryDetailOnceInSubmissionOrderWithAndWithoutAFilter() {
		List<TaskDetail> made = thousandDetails();
		assertThat(walkDetails(null)).isEqualTo(numbers(made, TaskDetail::taskDetailNo));
		assertThat(walkDetails(2)).hasSize(334)
			.isEqualTo(numbers(made.stream().filter((detail) -> detail.status().code() == 2).toList(),
					TaskDetail::taskDetailNo));
	}

	private List<String> walkDetails(Integer statusCode) {
		List<String> walked = new ArrayList<>();
		long id = 0;
		List<TaskDetail> previous = List.of();
		while (true) {
			List<TaskDetail> page = this.details.from("u1", "big", statusCode, null, id, PageRequest.of(0, PAGE + 1));
			if (page.isEmpty()) {
				break;
			}
			List<TaskDetail> shown = page.subList(0, Math.min(PAGE, page.size()));
			List<TaskDetail> earlier = this.details.before("u1", "big", statusCode, null, shown.get(0).id(),
					PageRequest.of(0, PAGE));
			assertThat(numbers(reversed(earlier), TaskDetail::taskDetailNo))
				.isEqualTo(numbers(previous, TaskDetail::taskDetailNo));
			shown.forEach((detail) -> walked.add(detail.taskDetailNo()));
			if (page.size() <= PAGE) {
				break;
			}
			id = page.get(PAGE).id();
			previous = shown;
		}
		assertThat(new HashSet<>(walked)).hasSameSizeAs(walked);
		return walked;
	}

	@Test
	void detailFiltersCountWhatTheyShow() {
		thousandDetails();
		PageRequest page = PageRequest.of(0, 100, Sort.by("id"));
		assertThat(this.details.search("u1", "big", null, null, null, page).getTotalElements()).isEqualTo(1000);
		assertThat(this.details.search("u1", "big", 2, null, null, page).getTotalElements()).isEqualTo(334);
		assertThat(this.details.search("u1", "big", 0, null, null, page).getTotalElements()).isEqualTo(666);
		assertThat(this.details.search("u1", "big", null, "S2026I7", null, page).getContent())
			.extracting(TaskDetail::domainName)
			.containsExactly("d7.com");
		assertThat(this.details.search("u1", "big", null, null, "d1.com", page).getContent())
			.extracting(TaskDetail::taskDetailNo)
			.containsExactly("big-1");
		assertThat(this.details.search("u2", "big", null, null, null, page).getTotalElements()).isEqualTo(1);
		Set<Integer> finished = Set.of(TaskDetailStatus.EXECUTE_SUCCESS.code(),
				TaskDetailStatus.EXECUTE_FAILURE.code());
		assertThat(this.details.results("u1", finished, null, null, null, page).getTotalElements()).isEqualTo(334);
		assertThat(this.details.countUnacknowledged("u1", List.of("big"))).isEqualTo(334);
		// only finished details can be acknowledged, and only once
		assertThat(inTransaction(() -> this.details.acknowledge("u1", List.of("big-0", "big-1", "big-3"))))
			.isEqualTo(2);
		assertThat(inTransaction(() -> this.details.acknowledge("u1", List.of("big-0", "big-3")))).isZero();
		assertThat(this.details.countUnacknowledged("u1", List.of("big"))).isEqualTo(332);
		assertThat(this.details.unacknowledged("u1", finished, PageRequest.of(0, 5)))
			.allSatisfy((detail) -> assertThat(detail.taskDetailNo()).isNotIn("big-0", "big-3"));
	}

	private static <T> List<T> reversed(List<T> rows) {
		List<T> copy = new ArrayList<>(rows);
		Collections.reverse(copy);
		return copy;
	}

	private static List<String> numbers(List<Task> tasks) {
		return numbers(tasks, Task::taskNo);
	}

	private static <T> List<String> numbers(List<T> rows, Function<T, String> number) {
		return rows.stream().map(number).toList();
	}

}
