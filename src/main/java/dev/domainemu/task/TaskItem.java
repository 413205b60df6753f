package dev.domainemu.task;

/**
 * One domain of a task being submitted.
 *
 * @param domainName the domain
 * @param instanceId the instance it concerns, or {@code null}
 * @param argument what the task is to do with it beyond its type (for a lock task,
 * {@code true} or {@code false}), or {@code null}
 */
public record TaskItem(String domainName, String instanceId, String argument) {

	public TaskItem(String domainName, String instanceId) {
		this(domainName, instanceId, null);
	}

}
