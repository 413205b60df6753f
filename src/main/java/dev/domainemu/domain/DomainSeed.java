package dev.domainemu.domain;

/**
 * A held domain to add.
 *
 * @param domainName the domain, normalised
 * @param transferAuthorizationCode its code, or {@code null} to make one when first asked
 * @param transferProhibited whether the transfer-prohibition lock is on
 * @param email the registrant's email, or {@code null} for {@code admin@<domain>}
 * @param registryFailures how many registry calls for it meet a transient error before
 * one succeeds
 */
public record DomainSeed(String domainName, String transferAuthorizationCode, boolean transferProhibited, String email,
		int registryFailures) {

	public DomainSeed(String domainName, String transferAuthorizationCode, boolean transferProhibited) {
		this(domainName, transferAuthorizationCode, transferProhibited, null, 0);
	}

}
