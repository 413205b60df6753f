package dev.domainemu.transferin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.domainemu.journal.JournalEntityListener;
import dev.domainemu.journal.Journaled;
import dev.domainemu.journal.StatusChange;
import dev.domainemu.journal.StatusChanges;
import jakarta.persistence.Column;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

/**
 * A transfer-in instance with every field QueryTransferInByInstanceId shows. Fields that
 * follow from the status (coarse status, result date, code submission date) are set when
 * the status is, never on their own.
 */
@Entity
@DynamicUpdate
@EntityListeners({ JournalEntityListener.class, TransferInHistoryWriter.class })
@Table(name = "transfer_in",
		uniqueConstraints = @UniqueConstraint(name = "uq_transfer_in_open", columnNames = { "user_id", "open_domain" }))
class TransferIn implements Journaled, Persistable<String> {

	private static final String SUBJECT = "transfer-in";

	@Transient
	private final StatusChanges changes = new StatusChanges();

	/**
	 * Made here and not yet stored, so that saving it inserts it (and keeps its changes).
	 */
	@Transient
	private boolean fresh = true;

	/**
	 * The status changes made since it was last written, for
	 * {@link TransferInHistoryWriter} to append to its history.
	 */
	@Transient
	private final List<TransferInHistoryWriter.Entry> newHistory = new ArrayList<>();

	/**
	 * How many changes its history holds: the place of the next one. Written with the
	 * transfer-in's version, so two transactions cannot both append at one place.
	 */
	@Column(name = "history_length", nullable = false)
	private int historyLength;

	@Id
	@Column(name = "instance_id", length = 32)
	private String instanceId;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "domain_name", nullable = false, length = 255)
	private String domainName;

	@Column(length = 255)
	private String email;

	@Column(name = "need_mail_check", nullable = false)
	private boolean needMailCheck;

	@Column(name = "whois_mail_status", nullable = false)
	private boolean whoisMailStatus;

	@Column(name = "progress_bar_type", nullable = false)
	private int progressBarType;

	@Column(name = "status_code", nullable = false)
	private int statusCode;

	@Column(name = "result_code", length = 64)
	private String resultCode;

	@Column(name = "submission_date", nullable = false)
	private Instant submissionDate;

	@Column(name = "modification_date", nullable = false)
	private Instant modificationDate;

	@Column(name = "expiration_date", nullable = false)
	private Instant expirationDate;

	@Column(name = "result_date")
	private Instant resultDate;

	@Column(name = "code_submission_date")
	private Instant transferAuthorizationCodeSubmissionDate;

	/**
	 * The domain name while the transfer has not ended, {@code null} after: unique per
	 * account, so the database refuses a second open transfer-in of a domain.
	 */
	@Column(name = "open_domain", length = 255)
	private String openDomain;

	/**
	 * The authorization code given with the order; {@code null} for a seeded transfer,
	 * which then passes the code check.
	 */
	@Column(name = "authorization_code", length = 255)
	private String authorizationCode;

	@Column(name = "registrant_profile_id")
	private Long registrantProfileId;

	/**
	 * Whether the service's own steps leave the transfer where it is: it then moves only
	 * by the customer, the control plane and its timeline.
	 */
	@Column(name = "held", nullable = false)
	private boolean held;

	/** Refuses a change made from a stale read (a step and a request at once). */
	@Version
	private long version;

	protected TransferIn() {
	}

	/**
	 * A transfer-in put directly into a documented status, its derived fields computed.
	 */
	static TransferIn seeded(String instanceId, String userId, String domainName, TransferInStatus status,
			int progressBarType, String email, boolean needMailCheck, boolean whoisMailStatus,
			TransferInResultCode resultCode, Instant now, Instant expirationDate, String authorizationCode) {
		TransferIn transfer = new TransferIn();
		transfer.instanceId = instanceId;
		transfer.userId = userId;
		transfer.domainName = domainName;
		transfer.progressBarType = progressBarType;
		transfer.email = email;
		transfer.needMailCheck = needMailCheck;
		transfer.whoisMailStatus = whoisMailStatus;
		transfer.submissionDate = now;
		transfer.expirationDate = expirationDate;
		transfer.authorizationCode = authorizationCode;
		transfer.statusCode = status.code();
		transfer.changed(null, String.valueOf(status.code()), now);
		transfer.openDomain = status.finished() ? null : domainName;
		transfer.resultCode = (resultCode != null) ? resultCode.code() : null;
		transfer.resultDate = status.finished() ? now : null;
		transfer.transferAuthorizationCodeSubmissionDate = status.codeAccepted() ? now : null;
		transfer.modificationDate = now;
		return transfer;
	}

	/**
	 * A transfer-in just ordered: Status 10, its checks and email from the losing
	 * registrar's view, waiting for {@link TransferInFlow} to take it further.
	 */
	static TransferIn ordered(String instanceId, String userId, String domainName, int progressBarType,
			String whoisEmail, String authorizationCode, Long registrantProfileId, Instant now,
			Instant expirationDate) {
		TransferIn transfer = seeded(instanceId, userId, domainName, TransferInStatus.INITIAL, progressBarType,
				whoisEmail, progressBarType <= 1, whoisEmail != null, null, now, expirationDate, authorizationCode);
		transfer.registrantProfileId = registrantProfileId;
		return transfer;
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

	String email() {
		return this.email;
	}

	int progressBarType() {
		return this.progressBarType;
	}

	String authorizationCode() {
		return this.authorizationCode;
	}

	Instant expirationDate() {
		return this.expirationDate;
	}

	/**
	 * Whether a verification mail can go out now: the mail was sent and WHOIS gave an
	 * address.
	 */
	boolean awaitsMailVerification() {
		return status() == TransferInStatus.MAIL_TOKEN_SENT && this.whoisMailStatus && this.email != null;
	}

	/** Keeps the code the customer gave again, which the code check reads from now on. */
	void reenterAuthorizationCode(String code) {
		this.authorizationCode = code;
	}

	/** Records that the verification mail went out again. */
	void mailResent(Instant now) {
		requireStatus(TransferInStatus.MAIL_TOKEN_SENT);
		this.modificationDate = now;
	}

	/**
	 * Records a new WHOIS lookup of the registrant email: an address found replaces the
	 * old one and sets WhoisMailStatus; none found leaves it false.
	 */
	void whoisRefetched(String whoisEmail, Instant now) {
		requireStatus(TransferInStatus.MAIL_TOKEN_SENT);
		this.whoisMailStatus = whoisEmail != null;
		if (whoisEmail != null) {
			this.email = whoisEmail;
		}
		this.modificationDate = now;
	}

	private void requireStatus(TransferInStatus expected) {
		if (status() != expected) {
			throw new IllegalStateException(
					"Transfer-in " + this.instanceId + " is in Status " + this.statusCode + ", not " + expected.code());
		}
	}

	TransferInStatus status() {
		return TransferInStatus.ofCode(this.statusCode);
	}

	/**
	 * Moves by an event through {@link TransferInTransition} and sets every field that
	 * follows from the new status; a move the table does not allow changes nothing.
	 * @param rejection why the registry refused
	 * ({@link TransferInEvent#REGISTRY_REJECTED} only; {@code clientRejected} when
	 * {@code null})
	 * @throws IllegalTransitionException when the table has no such move
	 */
	void apply(TransferInEvent event, TransferInResultCode rejection, Instant at) {
		TransferInStatus to = TransferInTransition.next(status(), event, this.progressBarType);
		if (to == null) {
			throw new IllegalTransitionException(status(), event, this.progressBarType);
		}
		Instant now = notBeforeLastChange(at);
		this.changed(String.valueOf(this.statusCode), String.valueOf(to.code()), now);
		this.statusCode = to.code();
		this.modificationDate = now;
		TransferInResultCode result = (to == TransferInStatus.FAILED && rejection != null) ? rejection
				: to.defaultResultCode();
		this.resultCode = (result != null) ? result.code() : null;
		if (to.finished()) {
			this.resultDate = now;
			this.openDomain = null;
		}
		if (to == TransferInStatus.SUBMITTED_TO_REGISTRY) {
			this.transferAuthorizationCodeSubmissionDate = now;
		}
	}

	/**
	 * The time a change made as of {@code at} is dated: never before the transfer's last
	 * change (a step running late, after a change made at a later time, is dated then).
	 */
	private Instant notBeforeLastChange(Instant at) {
		return at.isBefore(this.modificationDate) ? this.modificationDate : at;
	}

	/**
	 * Whether the table has a move by the event from the current status for this
	 * transfer's progress-bar type (one forced off its type's path may have none).
	 */
	boolean allows(TransferInEvent event) {
		return TransferInTransition.next(status(), event, this.progressBarType) != null;
	}

	/**
	 * Puts the transfer straight into a documented status, whatever the table says, and
	 * recomputes every field that follows from it.
	 */
	void force(TransferInStatus to, TransferInResultCode result, Instant at) {
		Instant now = notBeforeLastChange(at);
		this.changed(String.valueOf(this.statusCode), String.valueOf(to.code()), now);
		this.statusCode = to.code();
		this.modificationDate = now;
		this.resultCode = (result != null) ? result.code() : null;
		this.resultDate = to.finished() ? now : null;
		this.openDomain = to.finished() ? null : this.domainName;
		if (!to.codeAccepted()) {
			this.transferAuthorizationCodeSubmissionDate = null;
		}
		else if (this.transferAuthorizationCodeSubmissionDate == null) {
			this.transferAuthorizationCodeSubmissionDate = now;
		}
	}

	Instant submissionDate() {
		return this.submissionDate;
	}

	boolean held() {
		return this.held;
	}

	void hold(boolean held) {
		this.held = held;
	}

	TransferInRecord toRecord() {
		return new TransferInRecord(this.instanceId, this.userId, this.domainName, this.email, this.needMailCheck,
				this.whoisMailStatus, this.progressBarType, TransferInStatus.ofCode(this.statusCode),
				TransferInResultCode.ofCode(this.resultCode), this.submissionDate, this.modificationDate,
				this.expirationDate, this.resultDate, this.transferAuthorizationCodeSubmissionDate, this.held);
	}

	@Override
	public String getId() {
		return this.instanceId;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	@Override
	public List<StatusChange> drainChanges() {
		return this.changes.drain();
	}

	private void changed(String from, String to, Instant at) {
		StatusChange change = StatusChange.now(SUBJECT, this.instanceId, this.userId, this.domainName, from, to, at);
		this.changes.add(change);
		this.newHistory
			.add(new TransferInHistoryWriter.Entry(this.instanceId, this.historyLength++, new TransferInChange(
					(from != null) ? Integer.valueOf(from) : null, Integer.parseInt(to), at, change.cause().label())));
	}

	/** The status changes made since the last call, which forgets them. */
	List<TransferInHistoryWriter.Entry> drainHistory() {
		List<TransferInHistoryWriter.Entry> drained = List.copyOf(this.newHistory);
		this.newHistory.clear();
		return drained;
	}

}
