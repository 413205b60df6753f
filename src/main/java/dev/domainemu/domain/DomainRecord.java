package dev.domainemu.domain;

import java.time.Instant;

/**
 * A held domain as stored, for readers outside this package.
 *
 * @param userId the account
 * @param domainName the domain
 * @param transferAuthorizationCode its code, once seeded or issued
 * @param transferProhibited whether the transfer-prohibition lock is on
 * @param email the registrant's email, where a transfer-out sends the code
 * @param registryFailures how many registry calls for it are still to meet a transient
 * error
 * @param createdAt when it was added
 */
public record DomainRecord(String userId, String domainName, String transferAuthorizationCode,
		boolean transferProhibited, String email, int registryFailures, Instant createdAt) {
}
