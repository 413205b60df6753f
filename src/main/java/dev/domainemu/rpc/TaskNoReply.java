package dev.domainemu.rpc;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of every task submission: the RequestId and the new task's {@code TaskNo}.
 *
 * @param taskNo the task's number
 */
public record TaskNoReply(@JsonProperty("TaskNo") String taskNo) {
}
