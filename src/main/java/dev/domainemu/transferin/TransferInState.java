package dev.domainemu.transferin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A transfer-in's status and the fields that follow from it (result code, result date,
 * code submission date, the open domain), set when the status is, never on their own; and
 * when it last changed.
 */
@Embeddable
class TransferInState {

	@Column(name = "status_code", nullable = false)
	private int statusCode;

	@Column(name = "result_code", length = 64)
	private String resultCode;

	@Column(name = "modification_date", nullable = false)
	private Instant modificationDate;

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

	protected TransferInState() {
	}

	/** A transfer-in of the domain put directly into a status as of {@code now}. */
	static TransferInState of(TransferInStatus status, TransferInResultCode result, String domainName, Instant now) {
		TransferInState state = new TransferInState();
		state.statusCode = status.code();
		state.openDomain = status.finished() ? null : domainName;
		state.resultCode = (result != null) ? result.code() : null;
		state.resultDate = status.finished() ? now : null;
		state.transferAuthorizationCodeSubmissionDate = status.codeAccepted() ? now : null;
		state.modificationDate = now;
		return state;
	}

	int code() {
		return this.statusCode;
	}

	TransferInStatus status() {
		return TransferInStatus.ofCode(this.statusCode);
	}

	TransferInResultCode result() {
		return TransferInResultCode.ofCode(this.resultCode);
	}

	Instant modificationDate() {
		return this.modificationDate;
	}

	Instant resultDate() {
		return this.resultDate;
	}

	Instant codeSubmissionDate() {
		return this.transferAuthorizationCodeSubmissionDate;
	}

	/**
	 * The time a change made as of {@code at} is dated: never before the last change (a
	 * step running late, after a change made at a later time, is dated then).
	 */
	Instant notBeforeLastChange(Instant at) {
		return at.isBefore(this.modificationDate) ? this.modificationDate : at;
	}

	/** Something other than the status changed at {@code now}. */
	void touched(Instant now) {
		this.modificationDate = now;
	}

	/**
	 * Moved along the table to {@code to}: the result is the rejection given for a
	 * failure, else the status's own.
	 */
	void moved(TransferInStatus to, TransferInResultCode rejection, Instant now) {
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

	/** Put straight into {@code to}, whatever the table says. */
	void forced(TransferInStatus to, TransferInResultCode result, String domainName, Instant now) {
		this.statusCode = to.code();
		this.modificationDate = now;
		this.resultCode = (result != null) ? result.code() : null;
		this.resultDate = to.finished() ? now : null;
		this.openDomain = to.finished() ? null : domainName;
		if (!to.codeAccepted()) {
			this.transferAuthorizationCodeSubmissionDate = null;
		}
		else if (this.transferAuthorizationCodeSubmissionDate == null) {
			this.transferAuthorizationCodeSubmissionDate = now;
		}
	}

}
