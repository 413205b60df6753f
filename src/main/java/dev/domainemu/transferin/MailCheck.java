package dev.domainemu.transferin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A transfer-in's registrant email check: the address WHOIS gave (if any), whether the
 * check applies to it, and whether WHOIS gave an address.
 */
@Embeddable
class MailCheck {

	@Column(length = 255)
	private String email;

	@Column(name = "need_mail_check", nullable = false)
	private boolean needMailCheck;

	@Column(name = "whois_mail_status", nullable = false)
	private boolean whoisMailStatus;

	protected MailCheck() {
	}

	MailCheck(String email, boolean needMailCheck, boolean whoisMailStatus) {
		this.email = email;
		this.needMailCheck = needMailCheck;
		this.whoisMailStatus = whoisMailStatus;
	}

	String email() {
		return this.email;
	}

	boolean needMailCheck() {
		return this.needMailCheck;
	}

	boolean whoisMailStatus() {
		return this.whoisMailStatus;
	}

	/** Whether a mail can go to the registrant: WHOIS gave an address. */
	boolean reachable() {
		return this.whoisMailStatus && this.email != null;
	}

	/**
	 * A new WHOIS lookup: an address found replaces the old one and sets WhoisMailStatus;
	 * none found leaves it false.
	 */
	void refetched(String whoisEmail) {
		this.whoisMailStatus = whoisEmail != null;
		if (whoisEmail != null) {
			this.email = whoisEmail;
		}
	}

}
