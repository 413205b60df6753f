package dev.domainemu.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account made through the control plane or met as an unknown key in isolated mode.
 */
@Entity
@Table(name = "account")
class Account {

	@Id
	@Column(name = "user_id", length = 32)
	private String userId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Account() {
	}

	Account(String userId, Instant createdAt) {
		this.userId = userId;
		this.createdAt = createdAt;
	}

	String userId() {
		return this.userId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
