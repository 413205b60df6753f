package dev.domainemu.task;

import java.util.List;

/**
 * A task and all its details, for the control plane.
 */
public record TaskView(TaskRecord task, List<TaskDetailRecord> details) {
}
