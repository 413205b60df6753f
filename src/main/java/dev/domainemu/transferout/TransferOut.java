package dev.domainemu.transferout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.domainemu.journal.JournalEntityListener;
import dev.domainemu.journal.Journaled;
import dev.domainemu.journal.StatusChange;
import dev.domainemu.journal.StatusChanges;
import jakarta.persistence.Column;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * A transfer of a held domain to another registrar. It starts when the domain's transfer
 * authorization code is issued and moves 1 (verifying phone) → 2 (verifying email) → 3
 * (code sent) → 4 (a registry transfer request arrived) → 5 (succeeded), or ends in 8
 * (failed). {@code openDomain} holds the domain name while it is open, so the unique key
 * lets an account have one open transfer-out per domain.
 */
@Entity
@DynamicUpdate
@EntityListeners(JournalEntityListener.class)
@Table(name = "transfer_out", uniqueConstraints = @UniqueConstraint(name = "uk_transfer_out_open",
		columnNames = { "user_id", "open_domain" }))
class TransferOut implements Journaled {

	private static final String SUBJECT = "transfer-out";

	@Transient
	private final StatusChanges changes = new StatusChanges();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "domain_name", nullable = false, length = 255)
	private String domainName;

	@Column(name = "open_domain", length = 255)
	private String openDomain;

	@Column(name = "status_code", nullable = false)
	private int statusCode;

	@Column(nullable = false, length = 255)
	private String email;

	@Column(name = "code_sent_at")
	private Instant codeSentAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "pending_request_at")
	private Instant pendingRequestAt;

	@Column(name = "result_code", length = 64)
	private String resultCode;

	@Column(name = "result_msg", length = 255)
	private String resultMsg;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** Refuses a change made from a stale read (a step and a request at once). */
	@Version
	private long version;

	protected TransferOut() {
	}

	TransferOut(String userId, String domainName, String email, Instant at) {
		this.userId = userId;
		this.domainName = domainName;
		this.openDomain = domainName;
		this.email = email;
		this.statusCode = TransferOutStatus.VERIFYING_PHONE.code();
		this.updatedAt = at;
		changed(null, String.valueOf(this.statusCode), at);
	}

	Long id() {
		return this.id;
	}

	String userId() {
		return this.userId;
	}

	String domainName() {
		return this.domainName;
	}

	TransferOutStatus status() {
		return TransferOutStatus.ofCode(this.statusCode);
	}

	/**
	 * Phone, then email, verified: at 3 the code is sent, valid for {@code validity}.
	 */
	void verify(Instant at, Duration validity) {
		TransferOutStatus status = status();
		if (status == TransferOutStatus.VERIFYING_PHONE) {
			move(TransferOutStatus.VERIFYING_EMAIL, at);
		}
		else if (status == TransferOutStatus.VERIFYING_EMAIL) {
			move(TransferOutStatus.CODE_ISSUED, at);
			this.codeSentAt = at;
			this.expiresAt = at.plus(validity);
		}
		else {
			throw illegal("verify");
		}
	}

	/** The gaining registrar's transfer request reached the registry. */
	void requested(Instant at) {
		if (status() != TransferOutStatus.CODE_ISSUED) {
			throw illegal("take a transfer request");
		}
		move(TransferOutStatus.TRANSFERRING, at);
		this.pendingRequestAt = at;
	}

	/**
	 * The pending request was approved (by the owner or by time): the domain has left.
	 */
	void succeed(Instant at) {
		if (status() != TransferOutStatus.TRANSFERRING) {
			throw illegal("succeed");
		}
		move(TransferOutStatus.SUCCEEDED, at);
	}

	void fail(TransferOutResult result, Instant at) {
		if (!status().open()) {
			throw illegal("fail");
		}
		move(TransferOutStatus.FAILED, at);
		this.resultCode = result.code();
		this.resultMsg = result.message();
	}

	private void move(TransferOutStatus to, Instant when) {
		// never dated before the transfer-out's last change
		Instant at = when.isBefore(this.updatedAt) ? this.updatedAt : when;
		changed(String.valueOf(this.statusCode), String.valueOf(to.code()), at);
		this.statusCode = to.code();
		this.updatedAt = at;
		if (!to.open()) {
			this.openDomain = null;
		}
	}

	private IllegalStateException illegal(String what) {
		return new IllegalStateException("Transfer-out " + this.id + " cannot " + what + " from " + status());
	}

	TransferOutRecord toRecord() {
		return new TransferOutRecord(this.domainName, status(), this.email, this.codeSentAt, this.expiresAt,
				this.pendingRequestAt, this.resultCode, this.resultMsg);
	}

	@Override
	public List<StatusChange> drainChanges() {
		return this.changes.drain();
	}

	private void changed(String from, String to, Instant at) {
		this.changes
			.add(StatusChange.now(SUBJECT, String.valueOf(this.id), this.userId, this.domainName, from, to, at));
	}

}
