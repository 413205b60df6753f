package dev.domainemu.fault;

/**
 * A fault rule to add, as checked by {@link FaultService#add}. A rule matches either RPC
 * calls or, with {@code step}, a step of the service's own handling of a transfer-in,
 * whose place it takes by moving the transfer-in to {@code moveToStatus}.
 *
 * @param action the action it matches, or {@code null} for any
 * @param domainName the domain (the call's {@code DomainName}, {@code DomainName.N} or
 * {@code OrderTransferParam.N.DomainName}; the transfer-in's for a step), or {@code null}
 * for any
 * @param instanceId the call's {@code InstanceId} (the transfer-in's for a step), or
 * {@code null} for any
 * @param status the current transfer-in Status (of the instance named, else of the
 * domain's latest transfer-in), or {@code null} for any
 * @param step the transfer-in step it replaces ({@code processing}, {@code name-audit},
 * {@code registry}, {@code expiry}), or {@code null} for a rule on RPC calls
 * @param moveToStatus the Status a step rule moves the transfer-in to
 * @param moveToResultCode the ResultCode with it, or {@code null} for the status's
 * default
 * @param errorCode the error's {@code Code}, or {@code null} for latency alone
 * @param errorMessage the error's {@code Message}
 * @param httpStatus the error's HTTP status (400–599)
 * @param latencyMs how long to hold the call before it goes on (or fails)
 * @param times how many times it may fire, or {@code null} for no limit
 * @param probability the chance that a match fires, or {@code null} for always
 * @param seed fixes the sequence of draws behind {@code probability}
 */
public record FaultSpec(String action, String domainName, String instanceId, Integer status, String step,
		Integer moveToStatus, String moveToResultCode, String errorCode, String errorMessage, Integer httpStatus,
		int latencyMs, Integer times, Double probability, long seed) {
}
