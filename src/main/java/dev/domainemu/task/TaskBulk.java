package dev.domainemu.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.domainemu.ids.Ids;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes many submitted tasks at once with batched SQL, each of one detail over one
 * domain: the rows {@link TaskService#submit} makes, the domain's guard row included.
 */
@Repository
class TaskBulk {

	private static final String TASK = "insert into task (task_no, user_id, type, task_num, client_ip, create_time)"
			+ " values (?, ?, ?, 1, null, ?)";

	private static final String DETAIL = "insert into task_detail (task_detail_no, task_no, user_id, domain_name,"
			+ " instance_id, argument, type, status_code, result, try_count, error_msg, fail_reason, create_time,"
			+ " update_time, acknowledged, version) values (?, ?, ?, ?, ?, ?, ?, 0, null, 0, null, null, ?, ?, false, 0)";

	private static final String GUARD = "insert into domain_task_guard (guard_key, task_detail_no) values (?, ?)";

	private final JdbcTemplate jdbc;

	private final Ids ids;

	TaskBulk(JdbcTemplate jdbc, Ids ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/**
	 * Inserts a task per item, waiting to execute, and claims its domain.
	 * @return the TaskNo and TaskDetailNo of each, in the order of the items
	 */
	List<String[]> insert(String userId, TaskType type, List<TaskItem> items, Instant now) {
		List<String[]> numbers = new ArrayList<>(items.size());
		List<Object[]> tasks = new ArrayList<>(items.size());
		List<Object[]> details = new ArrayList<>(items.size());
		List<Object[]> guards = new ArrayList<>(items.size());
		long at = now.toEpochMilli();
		for (TaskItem item : items) {
			String taskNo = this.ids.taskNo();
			String detailNo = this.ids.taskNo();
			numbers.add(new String[] { taskNo, detailNo });
			tasks.add(new Object[] { taskNo, userId, type.name(), at });
			details.add(new Object[] { detailNo, taskNo, userId, item.domainName(), item.instanceId(), item.argument(),
					type.name(), at, at });
			guards.add(new Object[] { DomainTaskGuard.key(userId, item.domainName()), detailNo });
		}
		// guards in key order, as every claim is made
		guards.sort((one, other) -> ((String) one[0]).compareTo((String) other[0]));
		this.jdbc.batchUpdate(GUARD, guards);
		this.jdbc.batchUpdate(TASK, tasks);
		this.jdbc.batchUpdate(DETAIL, details);
		return numbers;
	}

}
