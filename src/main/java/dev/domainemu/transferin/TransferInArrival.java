package dev.domainemu.transferin;

import java.time.Instant;

import dev.domainemu.domain.DomainSeed;
import dev.domainemu.domain.DomainService;
import dev.domainemu.progression.Progression;

import org.springframework.stereotype.Component;

/**
 * What a transfer-in put straight into a status (seeded, moved or forced through the
 * control plane) waits for there, set in motion: its verification mail, the service's
 * next move, the name audit's or the registry's answer, and the domain it has won.
 */
@Component
class TransferInArrival {

	private final TransferInMailService mail;

	private final TransferInFlow flow;

	private final Progression progression;

	private final DomainService domains;

	TransferInArrival(TransferInMailService mail, TransferInFlow flow, Progression progression, DomainService domains) {
		this.mail = mail;
		this.flow = flow;
		this.progression = progression;
		this.domains = domains;
	}

	/**
	 * What a transfer put straight into a status waits for: its verification mail, the
	 * service's next move, the name audit's or the registry's answer.
	 */
	void arrived(TransferIn transfer, Instant now) {
		if (transfer.status() == TransferInStatus.MAIL_TOKEN_SENT && transfer.awaitsMailVerification()) {
			this.mail.send(transfer);
		}
		this.flow.moved(transfer, now);
		scheduleAnswer(transfer, now);
	}

	/**
	 * Schedules the name audit's or the registry's answer when the status waits for it.
	 */
	void scheduleAnswer(TransferIn transfer, Instant now) {
		if (transfer.status() == TransferInStatus.NAME_AUDIT_SUBMITTED) {
			this.progression.schedule(transfer.userId(), NameAuditStep.KIND, transfer.instanceId(), now);
		}
		if (transfer.status() == TransferInStatus.SUBMITTED_TO_REGISTRY) {
			this.progression.schedule(transfer.userId(), RegistryStep.KIND, transfer.instanceId(), now);
		}
	}

	/**
	 * Gives the account the domain its transfer-in has won, unless it holds it already.
	 */
	void holdIfSucceeded(String userId, TransferIn transfer) {
		if (transfer.status() == TransferInStatus.SUCCEEDED && !this.domains.holds(userId, transfer.domainName())) {
			this.domains.add(userId, new DomainSeed(transfer.domainName(), null, false, transfer.email(), 0));
		}
	}

	/** The ResultCode a seeded or forced status gets: the one given, or its default. */
	static TransferInResultCode resultCode(TransferInStatus status, String given) {
		if (given == null) {
			return status.defaultResultCode();
		}
		TransferInResultCode resultCode = TransferInResultCode.ofCode(given);
		if (resultCode == null) {
			throw new IllegalArgumentException("resultCode: " + given + " is not a documented ResultCode");
		}
		if (status.defaultResultCode() == null) {
			throw new IllegalArgumentException("resultCode: status " + status.code() + " carries no ResultCode");
		}
		return resultCode;
	}

}
