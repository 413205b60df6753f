package dev.domainemu.transferin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A transfer-in verification mail as sent to the registrant: where it went and the token
 * its link carries. Tests read it from the outbox instead of a mailbox.
 */
@Entity
@Table(name = "outbox_mail")
class OutboxMail {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "instance_id", nullable = false, length = 32)
	private String instanceId;

	@Column(name = "domain_name", nullable = false, length = 255)
	private String domainName;

	@Column(nullable = false, length = 255)
	private String email;

	@Column(nullable = false, length = 64)
	private String token;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(String userId, String instanceId, String domainName, String email, String token, Instant sentAt) {
		this.userId = userId;
		this.instanceId = instanceId;
		this.domainName = domainName;
		this.email = email;
		this.token = token;
		this.sentAt = sentAt;
	}

	Long id() {
		return this.id;
	}

	String userId() {
		return this.userId;
	}

	String instanceId() {
		return this.instanceId;
	}

	String domainName() {
		return this.domainName;
	}

	OutboxMailRecord toRecord() {
		return new OutboxMailRecord(this.domainName, this.email, this.token, this.sentAt, this.instanceId);
	}

}
