package dev.domainemu.task.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.Lang;
import dev.domainemu.task.TaskDetailRecord;

/**
 * One {@code TaskDetailHistory} item of QueryTaskDetailHistory (no TaskResult), also the
 * shape of its cursors.
 */
@JsonPropertyOrder({ "TaskNo", "TaskDetailNo", "DomainName", "InstanceId", "TaskType", "TaskTypeDescription",
		"TaskStatus", "TaskStatusCode", "TryCount", "ErrorMsg", "CreateTime", "UpdateTime" })
record TaskDetailHistoryWire(@JsonProperty("TaskNo") String taskNo, @JsonProperty("TaskDetailNo") String taskDetailNo,
		@JsonProperty("DomainName") String domainName, @JsonProperty("InstanceId") String instanceId,
		@JsonProperty("TaskType") String taskType, @JsonProperty("TaskTypeDescription") String taskTypeDescription,
		@JsonProperty("TaskStatus") String taskStatus, @JsonProperty("TaskStatusCode") int taskStatusCode,
		@JsonProperty("TryCount") int tryCount, @JsonProperty("ErrorMsg") String errorMsg,
		@JsonProperty("CreateTime") String createTime, @JsonProperty("UpdateTime") String updateTime) {

	static TaskDetailHistoryWire of(TaskDetailRecord detail, Lang lang, TimeFormat time) {
		return new TaskDetailHistoryWire(detail.taskNo(), detail.taskDetailNo(), detail.domainName(),
				detail.instanceId(), detail.type().name(), detail.type().description(lang), detail.status().name(),
				detail.status().code(), detail.tryCount(), detail.errorMsg(), time.text(detail.createTime()),
				time.text(detail.updateTime()));
	}

}
