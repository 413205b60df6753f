package dev.domainemu.registrar;

/**
 * How the losing registrar sees a domain.
 *
 * @param domainName the domain
 * @param authorizationCode the code it accepts, or {@code null} when any non-empty code
 * is accepted
 * @param transferProhibited whether the domain is locked against transfer
 * @param whoisEmail the registrant email WHOIS shows, or {@code null} when none can be
 * fetched
 * @param premium whether the name is a premium one
 * @param progressBarType the checks a transfer-in of the domain goes through (0: mail and
 * name audit, 1: mail only, 2: name audit only, 3: neither)
 * @param nameAuditPasses whether the name audit of a transfer-in of the domain passes
 * @param seeded whether this view was seeded (rather than the default)
 */
public record RegistrarView(String domainName, String authorizationCode, boolean transferProhibited, String whoisEmail,
		boolean premium, int progressBarType, boolean nameAuditPasses, boolean seeded) {

	/** Whether the registrar accepts this code for the domain. */
	public boolean accepts(String code) {
		return code != null && !code.isEmpty()
				&& (this.authorizationCode == null || this.authorizationCode.equals(code));
	}

}
