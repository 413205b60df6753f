package dev.domainemu.domain;

import java.time.Instant;

/**
 * A held domain as stored, for readers outside this package.
 */
public record DomainRecord(String userId, String domainName, String transferAuthorizationCode,
		boolean transferProhibited, Instant createdAt) {
}
