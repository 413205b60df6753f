package dev.domainemu.fault;

import java.time.Instant;

/**
 * A fault rule as stored, with how often it matched and fired.
 */
public record FaultRuleView(long id, String account, String action, String domainName, String instanceId,
		Integer status, String step, Integer moveToStatus, String moveToResultCode, String errorCode,
		String errorMessage, Integer httpStatus, int latencyMs, Integer timesLeft, Double probability, long seed,
		long matches, long fired, Instant createdAt) {
}
