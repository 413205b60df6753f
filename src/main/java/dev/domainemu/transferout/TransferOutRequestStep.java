package dev.domainemu.transferout;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepHandler;
import dev.domainemu.progression.StepSetting;

import org.springframework.stereotype.Component;

/**
 * The gaining registrar's transfer request reaches the registry (Status 3 → 4), unless
 * the transfer-prohibition lock is on (→ 8, transferProhibited).
 */
@Component
class TransferOutRequestStep implements StepHandler {

	static final String KIND = "transfer-out-request";

	private final TransferOutService transfers;

	TransferOutRequestStep(TransferOutService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public StepSetting defaultSetting() {
		return StepSetting.timed(Duration.ofMinutes(1));
	}

	@Override
	public void run(String target, Instant dueAt) {
		this.transfers.waiting(target, TransferOutStatus.CODE_ISSUED)
			.ifPresent((transfer) -> this.transfers.requested(transfer, dueAt));
	}

}
