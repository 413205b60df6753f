package dev.domainemu.fault;

/**
 * What a firing rule does to a call: hold it, then fail it when it carries an error.
 */
record Fault(long ruleId, int latencyMs, String errorCode, String errorMessage, Integer httpStatus) {
}
