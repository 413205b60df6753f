package dev.domainemu.task.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.Lang;
import dev.domainemu.task.TaskDetailRecord;

/**
 * One {@code TaskDetail} item on the wire.
 */
@JsonPropertyOrder({ "TaskNo", "TaskDetailNo", "DomainName", "InstanceId", "TaskType", "TaskTypeDescription",
		"TaskStatus", "TaskStatusCode", "TaskResult", "TryCount", "ErrorMsg", "FailReason", "CreateTime",
		"UpdateTime" })
record TaskDetailWire(@JsonProperty("TaskNo") String taskNo, @JsonProperty("TaskDetailNo") String taskDetailNo,
		@JsonProperty("DomainName") String domainName, @JsonProperty("InstanceId") String instanceId,
		@JsonProperty("TaskType") String taskType, @JsonProperty("TaskTypeDescription") String taskTypeDescription,
		@JsonProperty("TaskStatus") String taskStatus, @JsonProperty("TaskStatusCode") int taskStatusCode,
		@JsonProperty("TaskResult") String taskResult, @JsonProperty("TryCount") int tryCount,
		@JsonProperty("ErrorMsg") String errorMsg, @JsonProperty("FailReason") String failReason,
		@JsonProperty("CreateTime") String createTime, @JsonProperty("UpdateTime") String updateTime) {

	/** The same item without FailReason, which PollTaskResult does not carry. */
	TaskDetailWire withoutFailReason() {
		return new TaskDetailWire(this.taskNo, this.taskDetailNo, this.domainName, this.instanceId, this.taskType,
				this.taskTypeDescription, this.taskStatus, this.taskStatusCode, this.taskResult, this.tryCount,
				this.errorMsg, null, this.createTime, this.updateTime);
	}

	static TaskDetailWire of(TaskDetailRecord detail, Lang lang, TimeFormat time) {
		return new TaskDetailWire(detail.taskNo(), detail.taskDetailNo(), detail.domainName(), detail.instanceId(),
				detail.type().name(), detail.type().description(lang), detail.status().name(), detail.status().code(),
				detail.result(), detail.tryCount(), detail.errorMsg(), detail.failReason(),
				time.text(detail.createTime()), time.text(detail.updateTime()));
	}

}
