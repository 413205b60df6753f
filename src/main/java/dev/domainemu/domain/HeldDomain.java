package dev.domainemu.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * A domain held by an account: its transfer-prohibition lock, its transfer authorization
 * code (made on first request when not seeded), the registrant's email, and how many
 * registry calls for it are still to meet a transient error (seeded to test retries).
 */
@Entity
@DynamicUpdate
@Table(name = "held_domain", uniqueConstraints = @UniqueConstraint(name = HeldDomain.KEY_CONSTRAINT,
		columnNames = { "user_id", "domain_name" }))
class HeldDomain {

	/** The unique key of an account's domain name. */
	static final String KEY_CONSTRAINT = "uk_held_domain";

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

	@Column(name = "email", nullable = false, length = 255)
	private String email;

	@Column(name = "registry_failures", nullable = false)
	private int registryFailures;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Refuses a change made from a stale read (a step and a request at once). */
	@Version
	private long version;

	protected HeldDomain() {
	}

	HeldDomain(String userId, DomainSeed seed, Instant createdAt) {
		this.userId = userId;
		this.domainName = seed.domainName();
		this.transferAuthorizationCode = seed.transferAuthorizationCode();
		this.transferProhibited = seed.transferProhibited();
		this.email = (seed.email() != null) ? seed.email() : "admin@" + seed.domainName();
		this.registryFailures = seed.registryFailures();
		this.createdAt = createdAt;
	}

	String domainName() {
		return this.domainName;
	}

	boolean transferProhibited() {
		return this.transferProhibited;
	}

	void transferProhibited(boolean prohibited) {
		this.transferProhibited = prohibited;
	}

	String email() {
		return this.email;
	}

	/**
	 * Whether this registry call meets one of the seeded transient errors (using it up).
	 */
	boolean registryFails() {
		if (this.registryFailures == 0) {
			return false;
		}
		this.registryFailures--;
		return true;
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
				this.email, this.registryFailures, this.createdAt);
	}

}
