package dev.domainemu.registrar;

/**
 * What a caller may set about a domain on the losing registrar's side; {@code null} means
 * the default. An empty {@code whoisEmail} means WHOIS shows none. The progress-bar type
 * (which checks a transfer-in of the domain goes through) and the name audit's outcome
 * belong to the transfer's path rather than to the registrar, but are seeded with the
 * domain so that a scenario is one call.
 */
public record RegistrarSeed(String domainName, String authorizationCode, Boolean transferProhibited, String whoisEmail,
		Boolean premium, Integer progressBarType, Boolean nameAuditPasses) {
}
