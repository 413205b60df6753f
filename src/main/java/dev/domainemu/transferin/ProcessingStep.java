package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.domainemu.progression.StepSetting;
import dev.domainemu.progression.TimedStep;

import org.springframework.stereotype.Component;

/**
 * The service's own handling of a transfer-in between the customer's moves, a while after
 * it reached Status 10, 19 or 29 (see {@link TransferInFlow}), so that each of those
 * statuses can be seen before the transfer moves on.
 */
@Component
class ProcessingStep extends TimedStep {

	static final String KIND = "processing";

	/** The statuses the service, not the customer or the outside world, moves on from. */
	static final Set<TransferInStatus> PROCESSED = EnumSet.of(TransferInStatus.INITIAL,
			TransferInStatus.MAIL_TOKEN_VERIFIED, TransferInStatus.NAME_AUDIT_PASSED);

	private final TransferInRepository transfers;

	private final TransferInFlow flow;

	ProcessingStep(TransferInRepository transfers, TransferInFlow flow) {
		super(KIND, StepSetting.timed(Duration.ofSeconds(2)));
		this.transfers = transfers;
		this.flow = flow;
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		this.transfers.findFree(instanceId)
			.filter((transfer) -> PROCESSED.contains(transfer.status()))
			.ifPresent((transfer) -> this.flow.proceed(transfer, dueAt));
	}

}
