package dev.domainemu.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A submitted task (one {@code TaskNo}) of one type over one or more domains.
 */
@Entity
@Table(name = "task")
class Task {

	@Id
	@Column(name = "task_no", length = 36)
	private String taskNo;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 64)
	private TaskType type;

	@Column(name = "task_num", nullable = false)
	private int taskNum;

	@Column(name = "client_ip", length = 64)
	private String clientIp;

	@Column(name = "create_time", nullable = false)
	private Instant createTime;

	protected Task() {
	}

	Task(String taskNo, String userId, TaskType type, int taskNum, String clientIp, Instant createTime) {
		this.taskNo = taskNo;
		this.userId = userId;
		this.type = type;
		this.taskNum = taskNum;
		this.clientIp = clientIp;
		this.createTime = createTime;
	}

	String taskNo() {
		return this.taskNo;
	}

}
