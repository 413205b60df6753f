package dev.domainemu.registrar;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The losing registrar's view of a domain that is held elsewhere, as an account seeded it
 * (each account sees a world of its own). Fields left {@code null} take the defaults of
 * {@link RegistrarService}.
 */
@Entity
@Table(name = "registrar_domain")
@IdClass(RegistrarDomain.Key.class)
class RegistrarDomain {

	@Id
	@Column(name = "user_id", length = 32)
	private String userId;

	@Id
	@Column(name = "domain_name", length = 255)
	private String domainName;

	@Column(name = "authorization_code", length = 64)
	private String authorizationCode;

	@Column(name = "transfer_prohibited", nullable = false)
	private boolean transferProhibited;

	@Column(name = "whois_email", length = 255)
	private String whoisEmail;

	@Column(name = "whois_email_hidden", nullable = false)
	private boolean whoisEmailHidden;

	@Column(nullable = false)
	private boolean premium;

	@Column(name = "progress_bar_type")
	private Integer progressBarType;

	@Column(name = "name_audit_passes", nullable = false)
	private boolean nameAuditPasses;

	protected RegistrarDomain() {
	}

	RegistrarDomain(String userId, String domainName, String authorizationCode, boolean transferProhibited,
			String whoisEmail, boolean whoisEmailHidden, boolean premium, Integer progressBarType,
			boolean nameAuditPasses) {
		this.userId = userId;
		this.progressBarType = progressBarType;
		this.nameAuditPasses = nameAuditPasses;
		this.domainName = domainName;
		this.authorizationCode = authorizationCode;
		this.transferProhibited = transferProhibited;
		this.whoisEmail = whoisEmail;
		this.whoisEmailHidden = whoisEmailHidden;
		this.premium = premium;
	}

	String domainName() {
		return this.domainName;
	}

	RegistrarView toView(int defaultProgressBarType) {
		return new RegistrarView(this.domainName, this.authorizationCode, this.transferProhibited,
				this.whoisEmailHidden ? null
						: ((this.whoisEmail != null) ? this.whoisEmail : "admin@" + this.domainName),
				this.premium, (this.progressBarType != null) ? this.progressBarType : defaultProgressBarType,
				this.nameAuditPasses, true);
	}

	/** A view's key: the account and the domain. */
	static class Key implements Serializable {

		private String userId;

		private String domainName;

		protected Key() {
		}

		Key(String userId, String domainName) {
			this.userId = userId;
			this.domainName = domainName;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.userId, key.userId)
					&& Objects.equals(this.domainName, key.domainName);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.userId, this.domainName);
		}

	}

}
