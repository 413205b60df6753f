package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepSetting;
import dev.domainemu.progression.TimedStep;

import org.springframework.stereotype.Component;

/**
 * A transfer-in still open at its ExpirationDate (by default 15 days after submission)
 * expires: Status 52, ResultCode {@code transferExpired}. One that has reached the
 * registry, or ended, is left as it is.
 */
@Component
class ExpiryStep extends TimedStep {

	static final String KIND = "expiry";

	private final TransferInRepository transfers;

	ExpiryStep(TransferInRepository transfers) {
		super(KIND, StepSetting.timed(Duration.ofDays(15)));
		this.transfers = transfers;
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		this.transfers.findFree(instanceId)
			.filter((transfer) -> TransferInTransition.OPEN.contains(transfer.status()))
			.ifPresent((transfer) -> transfer.apply(TransferInEvent.EXPIRED, null, dueAt));
	}

}
