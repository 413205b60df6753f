package dev.domainemu.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * The part of a task that concerns one domain. Its status moves only through
 * {@link #start} and {@link #finish}: waiting, executing, then success or failure.
 */
@Entity
@Table(name = "task_detail", indexes = @Index(name = "ix_task_detail_task", columnList = "user_id, task_no"))
class TaskDetail {

	@Id
	@Column(name = "task_detail_no", length = 36)
	private String taskDetailNo;

	@Column(name = "task_no", nullable = false, length = 36)
	private String taskNo;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "domain_name", nullable = false, length = 255)
	private String domainName;

	@Column(name = "instance_id", length = 32)
	private String instanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 64)
	private TaskType type;

	@Column(name = "status_code", nullable = false)
	private int statusCode;

	@Column(length = 255)
	private String result;

	@Column(name = "try_count", nullable = false)
	private int tryCount;

	@Column(name = "error_msg", length = 512)
	private String errorMsg;

	@Column(name = "fail_reason", length = 512)
	private String failReason;

	@Column(name = "create_time", nullable = false)
	private Instant createTime;

	@Column(name = "update_time", nullable = false)
	private Instant updateTime;

	protected TaskDetail() {
	}

	TaskDetail(String taskDetailNo, String taskNo, String userId, String domainName, String instanceId, TaskType type,
			Instant createTime) {
		this.taskDetailNo = taskDetailNo;
		this.taskNo = taskNo;
		this.userId = userId;
		this.domainName = domainName;
		this.instanceId = instanceId;
		this.type = type;
		this.statusCode = TaskDetailStatus.WAITING_EXECUTE.code();
		this.createTime = createTime;
		this.updateTime = createTime;
	}

	TaskDetailStatus status() {
		return TaskDetailStatus.ofCode(this.statusCode);
	}

	void start(Instant now) {
		if (status() != TaskDetailStatus.WAITING_EXECUTE) {
			throw new IllegalStateException("Task detail " + this.taskDetailNo + " cannot start from " + status());
		}
		this.statusCode = TaskDetailStatus.EXECUTING.code();
		this.updateTime = now;
	}

	void finish(TaskOutcome outcome, Instant now) {
		if (status() != TaskDetailStatus.EXECUTING) {
			throw new IllegalStateException("Task detail " + this.taskDetailNo + " cannot finish from " + status());
		}
		this.statusCode = (outcome.success() ? TaskDetailStatus.EXECUTE_SUCCESS : TaskDetailStatus.EXECUTE_FAILURE)
			.code();
		this.result = outcome.result();
		if (outcome.instanceId() != null) {
			this.instanceId = outcome.instanceId();
		}
		this.errorMsg = outcome.errorMsg();
		this.failReason = outcome.errorMsg();
		this.updateTime = now;
	}

	String userId() {
		return this.userId;
	}

	String domainName() {
		return this.domainName;
	}

	String instanceId() {
		return this.instanceId;
	}

	TaskType type() {
		return this.type;
	}

	TaskDetailRecord toRecord() {
		return new TaskDetailRecord(this.taskNo, this.taskDetailNo, this.domainName, this.instanceId, this.type,
				status(), this.result, this.tryCount, this.errorMsg, this.failReason, this.createTime, this.updateTime);
	}

}
