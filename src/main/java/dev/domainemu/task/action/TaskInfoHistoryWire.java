package dev.domainemu.task.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.Lang;
import dev.domainemu.task.TaskRecord;

/**
 * One {@code TaskInfoHistory} item of QueryTaskInfoHistory, also the shape of its
 * cursors.
 */
@JsonPropertyOrder({ "TaskNo", "TaskType", "TaskTypeDescription", "TaskNum", "TaskStatus", "TaskStatusCode",
		"CreateTime", "CreateTimeLong", "Clientip" })
record TaskInfoHistoryWire(@JsonProperty("TaskNo") String taskNo, @JsonProperty("TaskType") String taskType,
		@JsonProperty("TaskTypeDescription") String taskTypeDescription, @JsonProperty("TaskNum") int taskNum,
		@JsonProperty("TaskStatus") String taskStatus, @JsonProperty("TaskStatusCode") int taskStatusCode,
		@JsonProperty("CreateTime") String createTime, @JsonProperty("CreateTimeLong") long createTimeLong,
		@JsonProperty("Clientip") String clientip) {

	static TaskInfoHistoryWire of(TaskRecord task, Lang lang, TimeFormat time) {
		return new TaskInfoHistoryWire(task.taskNo(), task.type().name(), task.type().description(lang), task.taskNum(),
				task.status().name(), task.status().code(), time.text(task.createTime()),
				task.createTime().toEpochMilli(), task.clientIp());
	}

}
