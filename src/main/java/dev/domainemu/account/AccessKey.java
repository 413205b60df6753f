package dev.domainemu.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An access key stored in the database: registered through the control plane or a
 * scenario, or met in isolated mode (then without a secret).
 */
@Entity
@Table(name = "account_key")
class AccessKey {

	@Id
	@Column(name = "access_key_id", length = 128)
	private String accessKeyId;

	@Column(name = "access_key_secret", length = 256)
	private String accessKeySecret;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "security_token", length = 4096)
	private String securityToken;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AccessKey() {
	}

	AccessKey(KeyRecord key, Instant createdAt) {
		this.accessKeyId = key.accessKeyId();
		this.accessKeySecret = key.accessKeySecret();
		this.userId = key.userId();
		this.securityToken = key.securityToken();
		this.createdAt = createdAt;
	}

	KeyRecord toRecord() {
		return new KeyRecord(this.accessKeyId, this.accessKeySecret, this.userId, this.securityToken);
	}

}
