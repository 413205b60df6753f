package dev.domainemu.transferin;

import java.time.Instant;

import dev.domainemu.progression.StepHandler;

import org.springframework.stereotype.Component;

/**
 * A transfer-in still open at its ExpirationDate (15 days after submission) expires:
 * Status 52, ResultCode {@code transferExpired}. One that has reached the registry, or
 * ended, is left as it is.
 */
@Component
class ExpiryStep implements StepHandler {

	static final String KIND = "transferin.expiry";

	private final TransferInRepository transfers;

	ExpiryStep(TransferInRepository transfers) {
		this.transfers = transfers;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		this.transfers.findById(instanceId)
			.filter((transfer) -> TransferInTransition.OPEN.contains(transfer.status()))
			.ifPresent((transfer) -> transfer.apply(TransferInEvent.EXPIRED, null, dueAt));
	}

}
