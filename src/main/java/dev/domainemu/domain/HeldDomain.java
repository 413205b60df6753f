package dev.domainemu.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A domain held by an account: its transfer-prohibition lock and its transfer
 * authorization code (made on first request when not seeded).
 */
@Entity
@Table(name = "held_domain",
		uniqueConstraints = @UniqueConstraint(name = "uk_held_domain", columnNames = { "user_id", "domain_name" }))
class HeldDomain {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "domain_name", nullable = false, length = 255)
	private String domainName;

	@Column(name = "transfer_prohibited", nullable = false)
	private boolean transferProhibited;

	@Column(name = "transfer_authorization_code", length = 64)
	private String transferAuthorizationCode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected HeldDomain() {
	}

	HeldDomain(String userId, String domainName, String transferAuthorizationCode, boolean transferProhibited,
			Instant createdAt) {
		this.userId = userId;
		this.domainName = domainName;
		this.transferAuthorizationCode = transferAuthorizationCode;
		this.transferProhibited = transferProhibited;
		this.createdAt = createdAt;
	}

	boolean transferProhibited() {
		return this.transferProhibited;
	}

	/** The stored code, or a new one stored from now on. */
	String authorizationCode(AuthorizationCodes codes) {
		if (this.transferAuthorizationCode == null) {
			this.transferAuthorizationCode = codes.next();
		}
		return this.transferAuthorizationCode;
	}

	DomainRecord toRecord() {
		return new DomainRecord(this.userId, this.domainName, this.transferAuthorizationCode, this.transferProhibited,
				this.createdAt);
	}

}
