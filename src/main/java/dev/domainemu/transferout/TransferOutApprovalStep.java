package dev.domainemu.transferout;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepHandler;
import dev.domainemu.progression.StepSetting;

import org.springframework.stereotype.Component;

/**
 * A pending transfer request not acted on is approved by time, as registries do (Status 4
 * → 5); the domain leaves the account.
 */
@Component
class TransferOutApprovalStep implements StepHandler {

	static final String KIND = "transfer-out-approval";

	private final TransferOutService transfers;

	TransferOutApprovalStep(TransferOutService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public StepSetting defaultSetting() {
		return StepSetting.timed(Duration.ofDays(5));
	}

	@Override
	public void run(String target, Instant dueAt) {
		this.transfers.waiting(target, TransferOutStatus.TRANSFERRING)
			.ifPresent((transfer) -> this.transfers.succeed(transfer, dueAt));
	}

}
