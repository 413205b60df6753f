package dev.domainemu.transferin;

import java.time.Instant;

import dev.domainemu.progression.Progression;
import dev.domainemu.registrar.RegistrarService;

import org.springframework.stereotype.Component;

/**
 * What the emulated service does on its own once a transfer-in reaches a status where it,
 * not the customer, moves next (the {@code processing} step): after the order (10) it
 * sends the verification mail (progress-bar types 0, 1), submits the name audit (2) or
 * checks the code (3); after the mail is verified (19) it submits the name audit (0) or
 * checks the code (1); after the name audit passes (29) it checks the code. The code
 * check sends the transfer to the registry (39) when the losing registrar accepts the
 * code, to Status 31 otherwise. The name audit and the registry are steps of their own.
 */
@Component
class TransferInFlow {

	private final RegistrarService registrar;

	private final TransferInMailService mail;

	private final Progression progression;

	TransferInFlow(RegistrarService registrar, TransferInMailService mail, Progression progression) {
		this.registrar = registrar;
		this.mail = mail;
		this.progression = progression;
	}

	/**
	 * Schedules the processing step when the transfer has just reached a status the
	 * service moves on from; call it after every move.
	 */
	void moved(TransferIn transfer, Instant now) {
		if (ProcessingStep.PROCESSED.contains(transfer.status())) {
			this.progression.schedule(transfer.userId(), ProcessingStep.KIND, transfer.instanceId(), now);
		}
	}

	/**
	 * The service's next move from the transfer's status, if it has one: none for a
	 * transfer forced into a status off its progress-bar type's path, which stays there
	 * until it is moved again, cancelled or expires.
	 */
	void proceed(TransferIn transfer, Instant now) {
		switch (transfer.status()) {
			case INITIAL -> {
				if (transfer.progressBarType() <= 1) {
					if (!transfer.allows(TransferInEvent.MAIL_SENT)) {
						return;
					}
					transfer.apply(TransferInEvent.MAIL_SENT, null, now);
					if (transfer.awaitsMailVerification()) {
						this.mail.send(transfer);
					}
				}
				else if (transfer.progressBarType() == 2) {
					submitNameAudit(transfer, now);
				}
				else {
					checkCode(transfer, now);
				}
			}
			case MAIL_TOKEN_VERIFIED -> {
				if (transfer.progressBarType() == 0) {
					submitNameAudit(transfer, now);
				}
				else {
					checkCode(transfer, now);
				}
			}
			case NAME_AUDIT_PASSED -> checkCode(transfer, now);
			default -> {
			}
		}
	}

	/** Submits the transfer to the registry, whose answer is the registry step. */
	void submitToRegistry(TransferIn transfer, TransferInEvent event, Instant now) {
		transfer.apply(event, null, now);
		this.progression.schedule(transfer.userId(), RegistryStep.KIND, transfer.instanceId(), now);
	}

	private void submitNameAudit(TransferIn transfer, Instant now) {
		if (!transfer.allows(TransferInEvent.NAME_AUDIT_SUBMITTED)) {
			return;
		}
		transfer.apply(TransferInEvent.NAME_AUDIT_SUBMITTED, null, now);
		this.progression.schedule(transfer.userId(), NameAuditStep.KIND, transfer.instanceId(), now);
	}

	private void checkCode(TransferIn transfer, Instant now) {
		boolean accepted = transfer.authorizationCode() == null
				|| this.registrar.view(transfer.userId(), transfer.domainName()).accepts(transfer.authorizationCode());
		TransferInEvent outcome = accepted ? TransferInEvent.SUBMITTED_TO_REGISTRY
				: TransferInEvent.AUTHORIZATION_CODE_WRONG;
		if (!transfer.allows(outcome)) {
			return;
		}
		if (accepted) {
			submitToRegistry(transfer, outcome, now);
		}
		else {
			transfer.apply(outcome, null, now);
		}
	}

}
