package dev.domainemu.transferin;

import java.time.Instant;

/**
 * A sent verification mail, for readers outside this package.
 */
public record OutboxMailRecord(String domainName, String email, String token, Instant sentAt, String instanceId) {
}
