package dev.domainemu.fault;

import java.time.Instant;

/**
 * A recorded firing of a fault rule.
 */
public record FaultFiringView(long ruleId, String account, Instant at, String requestId, String action) {
}
