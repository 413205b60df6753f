package dev.domainemu.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A submitted task (one {@code TaskNo}) of one type over one or more domains. Its
 * generated id orders tasks made at the same instant.
 */
@Entity
@Table(name = "task", uniqueConstraints = @UniqueConstraint(name = "uk_task_no", columnNames = "task_no"))
class Task {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_no", nullable = false, length = 36)
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

	Long id() {
		return this.id;
	}

	Instant createTime() {
		return this.createTime;
	}

	TaskRecord toRecord(TaskStatus status) {
		return new TaskRecord(this.taskNo, this.type, this.taskNum, status, TaskCancelStatus.INIT, this.clientIp,
				this.createTime);
	}

}
