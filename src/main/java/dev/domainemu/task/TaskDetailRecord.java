package dev.domainemu.task;

import java.time.Instant;

/**
 * A task detail as stored, for readers outside the task package.
 */
public record TaskDetailRecord(String taskNo, String taskDetailNo, String domainName, String instanceId, TaskType type,
		TaskDetailStatus status, String result, int tryCount, String errorMsg, String failReason, Instant createTime,
		Instant updateTime) {
}
