package dev.domainemu.transferin;

import java.time.Instant;

import dev.domainemu.progression.Progression;
import dev.domainemu.registrar.RegistrarService;

import org.springframework.stereotype.Component;

/**
 * What the emulated world does on its own once a transfer-in reaches a status: after the
 * order it sends the verification mail (progress-bar types 0, 1), submits the name audit
 * (2) or checks the code (3); after the mail is verified it submits the name audit (0) or
 * checks the code (1); after the name audit passes it checks the code. The code check
 * sends the transfer to the registry (39) when the losing registrar accepts the code, to
 * Status 31 otherwise. Steps that take time (name audit, registry) are scheduled on the
 * progression.
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

	/** Takes the transfer as far as it goes without the customer or a step that waits. */
	void proceed(TransferIn transfer, Instant now) {
		switch (transfer.status()) {
			case INITIAL -> {
				if (transfer.progressBarType() <= 1) {
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
		this.progression.schedule(RegistryStep.KIND, transfer.instanceId(), now);
	}

	private void submitNameAudit(TransferIn transfer, Instant now) {
		transfer.apply(TransferInEvent.NAME_AUDIT_SUBMITTED, null, now);
		this.progression.schedule(NameAuditStep.KIND, transfer.instanceId(), now);
	}

	private void checkCode(TransferIn transfer, Instant now) {
		if (transfer.authorizationCode() == null
				|| this.registrar.view(transfer.domainName()).accepts(transfer.authorizationCode())) {
			submitToRegistry(transfer, TransferInEvent.SUBMITTED_TO_REGISTRY, now);
		}
		else {
			transfer.apply(TransferInEvent.AUTHORIZATION_CODE_WRONG, null, now);
		}
	}

}
