package dev.domainemu.domain;

import java.time.Instant;

/**
 * Published, inside the task's transaction, when an auth-code task hands out a domain's
 * transfer authorization code.
 *
 * @param userId the account
 * @param domainName the domain
 * @param email the registrant's email
 * @param at when
 */
public record AuthorizationCodeIssued(String userId, String domainName, String email, Instant at) {
}
