package dev.domainemu.task;

import java.time.Instant;
import java.util.List;

import dev.domainemu.journal.JournalEntityListener;
import dev.domainemu.journal.Journaled;
import dev.domainemu.journal.StatusChange;
import dev.domainemu.journal.StatusChanges;
import jakarta.persistence.Column;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * The part of a task that concerns one domain. Its status moves only through
 * {@link #start} and {@link #finish}: waiting, executing (where a transient error keeps
 * it, counting the retry), then success or failure. Its generated id is its place in
 * submission order.
 */
@Entity
@DynamicUpdate
@EntityListeners(JournalEntityListener.class)
@Table(name = "task_detail",
		uniqueConstraints = @UniqueConstraint(name = "uk_task_detail_no", columnNames = "task_detail_no"))
class TaskDetail implements Journaled {

	private static final String SUBJECT = "task-detail";

	@Transient
	private final StatusChanges changes = new StatusChanges();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_detail_no", nullable = false, length = 36)
	private String taskDetailNo;

	@Column(name = "task_no", nullable = false, length = 36)
	private String taskNo;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "domain_name", nullable = false, length = 255)
	private String domainName;

	@Column(name = "instance_id", length = 32)
	private String instanceId;

	@Column(length = 64)
	private String argument;

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

	@Column(nullable = false)
	private boolean acknowledged;

	/** Refuses a change made from a stale read (a step and a request at once). */
	@Version
	private long version;

	/**
	 * The {@code FailReason} of a detail whose transient errors outlasted its retries.
	 */
	static final String RETRIES_EXHAUSTED = "RetriesExhausted";

	/**
	 * The {@code FailReason} of a detail whose step the emulator could not carry out (it
	 * failed every attempt).
	 */
	static final String INTERNAL_ERROR = "InternalError";

	protected TaskDetail() {
	}

	TaskDetail(String taskDetailNo, String taskNo, String userId, TaskItem item, TaskType type, Instant createTime) {
		this.taskDetailNo = taskDetailNo;
		this.taskNo = taskNo;
		this.userId = userId;
		this.domainName = item.domainName();
		this.instanceId = item.instanceId();
		this.argument = item.argument();
		this.type = type;
		this.statusCode = TaskDetailStatus.WAITING_EXECUTE.code();
		changed(null, TaskDetailStatus.WAITING_EXECUTE.name(), createTime);
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
		moveTo(TaskDetailStatus.EXECUTING, now);
	}

	/**
	 * Records the outcome of an attempt. A transient error counts a retry and leaves the
	 * detail executing while {@code maxRetries} is not used up; after that it fails.
	 * @return whether the detail has finished
	 */
	boolean finish(TaskOutcome outcome, int maxRetries, Instant now) {
		if (status() != TaskDetailStatus.EXECUTING) {
			throw new IllegalStateException("Task detail " + this.taskDetailNo + " cannot finish from " + status());
		}
		if (outcome.kind() != TaskOutcome.Kind.TRANSIENT_ERROR) {
			end(outcome, now);
			return true;
		}
		if (this.tryCount < maxRetries) {
			this.tryCount++;
			this.errorMsg = outcome.errorMsg();
			this.updateTime = now;
			return false;
		}
		end(TaskOutcome.failed(RETRIES_EXHAUSTED, outcome.errorMsg() + " Gave up after " + this.tryCount + " retries."),
				now);
		return true;
	}

	/**
	 * Ends an unfinished detail at once with a chosen outcome (the control plane's
	 * complete or fail), without its work being done.
	 */
	void settle(TaskOutcome outcome, Instant now) {
		if (status().finished()) {
			throw new IllegalStateException(
					"task detail " + this.taskDetailNo + " has already finished (" + status() + ")");
		}
		end(outcome, now);
	}

	private void end(TaskOutcome outcome, Instant now) {
		moveTo(outcome.success() ? TaskDetailStatus.EXECUTE_SUCCESS : TaskDetailStatus.EXECUTE_FAILURE, now);
		this.result = outcome.result();
		this.errorMsg = outcome.errorMsg();
		this.failReason = outcome.failReason();
		if (outcome.instanceId() != null) {
			this.instanceId = outcome.instanceId();
		}
	}

	private void moveTo(TaskDetailStatus to, Instant at) {
		// never dated before the detail's last change (a step running late after a change
		// made at a later time is dated then)
		Instant now = at.isBefore(this.updateTime) ? this.updateTime : at;
		changed(status().name(), to.name(), now);
		this.statusCode = to.code();
		this.updateTime = now;
	}

	Long id() {
		return this.id;
	}

	String taskDetailNo() {
		return this.taskDetailNo;
	}

	String taskNo() {
		return this.taskNo;
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

	TaskWork work(Instant at) {
		return new TaskWork(this.taskDetailNo, this.userId, this.domainName, this.instanceId, this.argument, at);
	}

	TaskDetailRecord toRecord() {
		return new TaskDetailRecord(this.taskNo, this.taskDetailNo, this.domainName, this.instanceId, this.type,
				status(), this.result, this.tryCount, this.errorMsg, this.failReason, this.createTime, this.updateTime);
	}

	@Override
	public List<StatusChange> drainChanges() {
		return this.changes.drain();
	}

	private void changed(String from, String to, Instant at) {
		this.changes.add(StatusChange.now(SUBJECT, this.taskDetailNo, this.userId, this.domainName, from, to, at));
	}

}
