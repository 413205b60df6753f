package dev.domainemu.task;

/**
 * What a task detail asks its executor to do.
 *
 * @param taskDetailNo the detail
 * @param userId the account
 * @param domainName the domain it concerns
 * @param instanceId the instance it concerns, when it was given one at submission
 */
public record TaskWork(String taskDetailNo, String userId, String domainName, String instanceId) {
}
