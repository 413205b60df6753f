package dev.domainemu.progression;

import java.time.Instant;

/**
 * A waiting step as the queue holds it.
 *
 * @param id its place in the queue (steps due at the same time run in this order)
 * @param account the account it belongs to, whose clock it is timed on
 * @param kind which {@link StepHandler} runs it
 * @param target what it moves
 * @param origin the time it was scheduled from
 * @param dueAt when it falls due; {@code null} while a manual step waits to be run
 */
record DueStep(long id, String account, String kind, String target, Instant origin, Instant dueAt) {
}
