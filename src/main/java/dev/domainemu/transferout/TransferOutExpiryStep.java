package dev.domainemu.transferout;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepHandler;
import dev.domainemu.progression.StepSetting;

import org.springframework.stereotype.Component;

/**
 * A sent code expires unused: a transfer-out still at Status 3 fails (→ 8,
 * transferExpired). The step's duration is also the code's validity (ExpirationDate).
 */
@Component
class TransferOutExpiryStep implements StepHandler {

	static final String KIND = "transfer-out-expiry";

	private final TransferOutService transfers;

	TransferOutExpiryStep(TransferOutService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public StepSetting defaultSetting() {
		return StepSetting.timed(Duration.ofDays(15));
	}

	@Override
	public void run(String target, Instant dueAt) {
		this.transfers.waiting(target, TransferOutStatus.CODE_ISSUED)
			.ifPresent((transfer) -> transfer.fail(TransferOutResult.TRANSFER_EXPIRED, dueAt));
	}

}
