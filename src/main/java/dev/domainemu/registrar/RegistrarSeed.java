package dev.domainemu.registrar;

/**
 * What a caller may set about a domain on the losing registrar's side; {@code null} means
 * the default. An empty {@code whoisEmail} means WHOIS shows none.
 */
public record RegistrarSeed(String domainName, String authorizationCode, Boolean transferProhibited, String whoisEmail,
		Boolean premium) {
}
