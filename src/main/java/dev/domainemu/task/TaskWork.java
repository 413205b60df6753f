package dev.domainemu.task;

import java.time.Instant;

/**
 * What a task detail asks its executor to do.
 *
 * @param taskDetailNo the detail
 * @param userId the account
 * @param domainName the domain it concerns
 * @param instanceId the instance it concerns, when it was given one at submission
 * @param argument the argument it was submitted with, or {@code null}
 * @param at the clock time of this attempt
 */
public record TaskWork(String taskDetailNo, String userId, String domainName, String instanceId, String argument,
		Instant at) {
}
