package dev.domainemu.journal;

import java.time.Instant;

/**
 * A time-driven step that failed every attempt and was given up.
 *
 * @param account the account it belonged to
 * @param step its kind
 * @param target what it was to move (an InstanceId, a TaskDetailNo, …)
 * @param dueAt the time it was due, which it ran as of
 * @param attempts how many times it was tried
 * @param error what the last attempt failed with
 */
public record StepFailure(String account, String step, String target, Instant dueAt, int attempts, String error) {
}
