package dev.domainemu.transferout;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepHandler;
import dev.domainemu.progression.StepSetting;

import org.springframework.stereotype.Component;

/**
 * A transfer-out's owner checks pass one after the other: phone (Status 1 → 2), then
 * email (2 → 3, when the code is sent).
 */
@Component
class TransferOutVerificationStep implements StepHandler {

	static final String KIND = "transfer-out-verification";

	private final TransferOutService transfers;

	TransferOutVerificationStep(TransferOutService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public StepSetting defaultSetting() {
		return StepSetting.timed(Duration.ofSeconds(2));
	}

	@Override
	public void run(String target, Instant dueAt) {
		this.transfers.waiting(target, TransferOutStatus.VERIFYING_PHONE, TransferOutStatus.VERIFYING_EMAIL)
			.ifPresent((transfer) -> this.transfers.verify(transfer, dueAt));
	}

}
