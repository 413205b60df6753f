package dev.domainemu.task;

/**
 * One domain of a task being submitted.
 *
 * @param domainName the domain
 * @param instanceId the instance it concerns, or {@code null}
 */
public record TaskItem(String domainName, String instanceId) {
}
