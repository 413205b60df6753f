package dev.domainemu.task.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.Lang;
import dev.domainemu.task.TaskRecord;

/**
 * One {@code TaskInfo} item of QueryTaskList.
 */
@JsonPropertyOrder({ "TaskNo", "TaskType", "TaskTypeDescription", "TaskNum", "TaskStatus", "TaskStatusCode",
		"TaskCancelStatus", "TaskCancelStatusCode", "CreateTime", "Clientip" })
record TaskInfoWire(@JsonProperty("TaskNo") String taskNo, @JsonProperty("TaskType") String taskType,
		@JsonProperty("TaskTypeDescription") String taskTypeDescription, @JsonProperty("TaskNum") int taskNum,
		@JsonProperty("TaskStatus") String taskStatus, @JsonProperty("TaskStatusCode") int taskStatusCode,
		@JsonProperty("TaskCancelStatus") String taskCancelStatus,
		@JsonProperty("TaskCancelStatusCode") int taskCancelStatusCode, @JsonProperty("CreateTime") String createTime,
		@JsonProperty("Clientip") String clientip) {

	static TaskInfoWire of(TaskRecord task, Lang lang, TimeFormat time) {
		return new TaskInfoWire(task.taskNo(), task.type().name(), task.type().description(lang), task.taskNum(),
				task.status().name(), task.status().code(), task.cancelStatus().name(), task.cancelStatus().code(),
				time.text(task.createTime()), task.clientIp());
	}

}
