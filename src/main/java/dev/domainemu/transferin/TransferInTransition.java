package dev.domainemu.transferin;

import java.util.EnumSet;
import java.util.Set;

import static dev.domainemu.transferin.TransferInEvent.AUTHORIZATION_CODE_REENTERED;
import static dev.domainemu.transferin.TransferInEvent.AUTHORIZATION_CODE_WRONG;
import static dev.domainemu.transferin.TransferInEvent.CANCELLED;
import static dev.domainemu.transferin.TransferInEvent.EXPIRED;
import static dev.domainemu.transferin.TransferInEvent.MAIL_SENT;
import static dev.domainemu.transferin.TransferInEvent.MAIL_VERIFIED;
import static dev.domainemu.transferin.TransferInEvent.NAME_AUDIT_FAILED;
import static dev.domainemu.transferin.TransferInEvent.NAME_AUDIT_PASSED;
import static dev.domainemu.transferin.TransferInEvent.NAME_AUDIT_SUBMITTED;
import static dev.domainemu.transferin.TransferInEvent.REGISTRY_ACCEPTED;
import static dev.domainemu.transferin.TransferInEvent.REGISTRY_REJECTED;
import static dev.domainemu.transferin.TransferInEvent.SUBMITTED_TO_REGISTRY;

/**
 * The one transition table of a transfer-in: from a status, on an event, to a status, for
 * the progress-bar types that take that step (0: mail and name audit, 1: mail only, 2:
 * name audit only, 3: neither). Anything not listed is refused.
 */
enum TransferInTransition {

	SEND_MAIL(TransferInStatus.INITIAL, MAIL_SENT, TransferInStatus.MAIL_TOKEN_SENT, 0, 1),

	AUDIT_WITHOUT_MAIL(TransferInStatus.INITIAL, NAME_AUDIT_SUBMITTED, TransferInStatus.NAME_AUDIT_SUBMITTED, 2),

	WRONG_CODE_AT_ONCE(TransferInStatus.INITIAL, AUTHORIZATION_CODE_WRONG, TransferInStatus.AUTHORIZATION_CODE_WRONG,
			3),

	SUBMIT_AT_ONCE(TransferInStatus.INITIAL, SUBMITTED_TO_REGISTRY, TransferInStatus.SUBMITTED_TO_REGISTRY, 3),

	VERIFY_MAIL(TransferInStatus.MAIL_TOKEN_SENT, MAIL_VERIFIED, TransferInStatus.MAIL_TOKEN_VERIFIED, 0, 1),

	AUDIT_AFTER_MAIL(TransferInStatus.MAIL_TOKEN_VERIFIED, NAME_AUDIT_SUBMITTED, TransferInStatus.NAME_AUDIT_SUBMITTED,
			0),

	WRONG_CODE_AFTER_MAIL(TransferInStatus.MAIL_TOKEN_VERIFIED, AUTHORIZATION_CODE_WRONG,
			TransferInStatus.AUTHORIZATION_CODE_WRONG, 1),

	SUBMIT_AFTER_MAIL(TransferInStatus.MAIL_TOKEN_VERIFIED, SUBMITTED_TO_REGISTRY,
			TransferInStatus.SUBMITTED_TO_REGISTRY, 1),

	PASS_AUDIT(TransferInStatus.NAME_AUDIT_SUBMITTED, NAME_AUDIT_PASSED, TransferInStatus.NAME_AUDIT_PASSED, 0, 2),

	FAIL_AUDIT(TransferInStatus.NAME_AUDIT_SUBMITTED, NAME_AUDIT_FAILED, TransferInStatus.NAME_AUDIT_FAILED, 0, 2),

	WRONG_CODE_AFTER_AUDIT(TransferInStatus.NAME_AUDIT_PASSED, AUTHORIZATION_CODE_WRONG,
			TransferInStatus.AUTHORIZATION_CODE_WRONG, 0, 2),

	SUBMIT_AFTER_AUDIT(TransferInStatus.NAME_AUDIT_PASSED, SUBMITTED_TO_REGISTRY,
			TransferInStatus.SUBMITTED_TO_REGISTRY, 0, 2),

	WRONG_CODE_AGAIN(TransferInStatus.AUTHORIZATION_CODE_WRONG, AUTHORIZATION_CODE_WRONG,
			TransferInStatus.AUTHORIZATION_CODE_WRONG, 0, 1, 2, 3),

	REENTER_CODE(TransferInStatus.AUTHORIZATION_CODE_WRONG, AUTHORIZATION_CODE_REENTERED,
			TransferInStatus.SUBMITTED_TO_REGISTRY, 0, 1, 2, 3),

	ACCEPT(TransferInStatus.SUBMITTED_TO_REGISTRY, REGISTRY_ACCEPTED, TransferInStatus.SUCCEEDED, 0, 1, 2, 3),

	REJECT(TransferInStatus.SUBMITTED_TO_REGISTRY, REGISTRY_REJECTED, TransferInStatus.FAILED, 0, 1, 2, 3);

	/**
	 * Statuses from which a transfer can still be cancelled or expire: before the
	 * registry has it.
	 */
	static final Set<TransferInStatus> OPEN = EnumSet.of(TransferInStatus.INITIAL, TransferInStatus.MAIL_TOKEN_SENT,
			TransferInStatus.MAIL_TOKEN_VERIFIED, TransferInStatus.NAME_AUDIT_SUBMITTED,
			TransferInStatus.NAME_AUDIT_FAILED, TransferInStatus.NAME_AUDIT_PASSED,
			TransferInStatus.AUTHORIZATION_CODE_WRONG);

	private final TransferInStatus from;

	private final TransferInEvent event;

	private final TransferInStatus to;

	private final int[] progressBarTypes;

	TransferInTransition(TransferInStatus from, TransferInEvent event, TransferInStatus to, int... progressBarTypes) {
		this.from = from;
		this.event = event;
		this.to = to;
		this.progressBarTypes = progressBarTypes;
	}

	/**
	 * The status a transfer moves to, or {@code null} when the table has no such move.
	 * Cancelling and expiring are open to every status before the registry has the
	 * transfer.
	 */
	static TransferInStatus next(TransferInStatus from, TransferInEvent event, int progressBarType) {
		if (event == CANCELLED || event == EXPIRED) {
			return OPEN.contains(from) ? ((event == CANCELLED) ? TransferInStatus.CANCELLED : TransferInStatus.EXPIRED)
					: null;
		}
		for (TransferInTransition transition : values()) {
			if (transition.from == from && transition.event == event && transition.allows(progressBarType)) {
				return transition.to;
			}
		}
		return null;
	}

	private boolean allows(int progressBarType) {
		for (int allowed : this.progressBarTypes) {
			if (allowed == progressBarType) {
				return true;
			}
		}
		return false;
	}

}
