package dev.domainemu.transferin;

import java.time.Instant;
import java.util.List;

import dev.domainemu.journal.JournalEntityListener;
import dev.domainemu.journal.Journaled;
import dev.domainemu.journal.StatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * A transfer-in instance with every field QueryTransferInByInstanceId shows. The status
 * and the fields that follow from it are kept in its {@link TransferInState}, the email
 * check in its {@link MailCheck}, and what its changes leave behind in its
 * {@link TransferInTrail}.
 */
@Entity
@DynamicUpdate
@EntityListeners({ JournalEntityListener.class, TransferInHistoryWriter.class })
@Table(name = "transfer_in",
		uniqueConstraints = @UniqueConstraint(name = "uq_transfer_in_open", columnNames = { "user_id", "open_domain" }))
class TransferIn implements Journaled, Persistable<String> {

	/**
	 * Made here and not yet stored, so that saving it inserts it (and keeps its changes).
	 */
	@Transient
	private boolean fresh = true;

	@Embedded
	private TransferInTrail trail = new TransferInTrail();

	@Id
	@Column(name = "instance_id", length = 32)
	private String instanceId;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "domain_name", nullable = false, length = 255)
	private String domainName;

	@Embedded
	private MailCheck mailCheck;

	@Column(name = "progress_bar_type", nullable = false)
	private int progressBarType;

	@Embedded
	private TransferInState state;

	@Column(name = "submission_date", nullable = false)
	private Instant submissionDate;

	@Column(name = "expiration_date", nullable = false)
	private Instant expirationDate;

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
		transfer.mailCheck = new MailCheck(email, needMailCheck, whoisMailStatus);
		transfer.submissionDate = now;
		transfer.expirationDate = expirationDate;
		transfer.authorizationCode = authorizationCode;
		transfer.state = TransferInState.of(status, resultCode, domainName, now);
		transfer.changed(null, String.valueOf(status.code()), now);
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
		return this.mailCheck.email();
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
		return status() == TransferInStatus.MAIL_TOKEN_SENT && this.mailCheck.reachable();
	}

	/** Keeps the code the customer gave again, which the code check reads from now on. */
	void reenterAuthorizationCode(String code) {
		this.authorizationCode = code;
	}

	/** Records that the verification mail went out again. */
	void mailResent(Instant now) {
		requireStatus(TransferInStatus.MAIL_TOKEN_SENT);
		this.state.touched(now);
	}

	/**
	 * Records a new WHOIS lookup of the registrant email: an address found replaces the
	 * old one and sets WhoisMailStatus; none found leaves it false.
	 */
	void whoisRefetched(String whoisEmail, Instant now) {
		requireStatus(TransferInStatus.MAIL_TOKEN_SENT);
		this.mailCheck.refetched(whoisEmail);
		this.state.touched(now);
	}

	private void requireStatus(TransferInStatus expected) {
		if (status() != expected) {
			throw new IllegalStateException("Transfer-in " + this.instanceId + " is in Status " + this.state.code()
					+ ", not " + expected.code());
		}
	}

	TransferInStatus status() {
		return this.state.status();
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
		Instant now = this.state.notBeforeLastChange(at);
		changed(String.valueOf(this.state.code()), String.valueOf(to.code()), now);
		this.state.moved(to, rejection, now);
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
		Instant now = this.state.notBeforeLastChange(at);
		changed(String.valueOf(this.state.code()), String.valueOf(to.code()), now);
		this.state.forced(to, result, this.domainName, now);
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
		return new TransferInRecord(this.instanceId, this.userId, this.domainName, this.mailCheck.email(),
				this.mailCheck.needMailCheck(), this.mailCheck.whoisMailStatus(), this.progressBarType,
				this.state.status(), this.state.result(), this.submissionDate, this.state.modificationDate(),
				this.expirationDate, this.state.resultDate(), this.state.codeSubmissionDate(), this.held);
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
		return this.trail.drainChanges();
	}

	private void changed(String from, String to, Instant at) {
		this.trail.changed(this.instanceId, this.userId, this.domainName, from, to, at);
	}

	/** The status changes made since the last call, which forgets them. */
	List<TransferInHistoryWriter.Entry> drainHistory() {
		return this.trail.drainHistory();
	}

}
