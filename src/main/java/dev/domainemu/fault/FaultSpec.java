package dev.domainemu.fault;

/**
 * A fault rule to add, as checked by {@link FaultService#add}.
 *
 * @param action the action it matches, or {@code null} for any
 * @param domainName the domain (the call's {@code DomainName}, {@code DomainName.N} or
 * {@code OrderTransferParam.N.DomainName}), or {@code null} for any
 * @param instanceId the call's {@code InstanceId}, or {@code null} for any
 * @param status the current transfer-in Status (of the instance named, else of the
 * domain's latest transfer-in), or {@code null} for any
 * @param errorCode the error's {@code Code}, or {@code null} for latency alone
 * @param errorMessage the error's {@code Message}
 * @param httpStatus the error's HTTP status (400–599)
 * @param latencyMs how long to hold the call before it goes on (or fails)
 * @param times how many times it may fire, or {@code null} for no limit
 * @param probability the chance that a match fires, or {@code null} for always
 * @param seed fixes the sequence of draws behind {@code probability}
 */
public record FaultSpec(String action, String domainName, String instanceId, Integer status, String errorCode,
		String errorMessage, Integer httpStatus, int latencyMs, Integer times, Double probability, long seed) {
}
