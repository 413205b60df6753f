package dev.domainemu.task;

import java.time.Instant;

/**
 * A task as stored, with its status derived from its details, for readers outside the
 * task package.
 */
public record TaskRecord(String taskNo, TaskType type, int taskNum, TaskStatus status, TaskCancelStatus cancelStatus,
		String clientIp, Instant createTime) {
}
