package dev.domainemu.transferout;

import java.time.Duration;

import dev.domainemu.progression.StepHandler;
import dev.domainemu.progression.StepSetting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time-driven steps of a transfer-out. Each acts only on a transfer-out still in the
 * status it expects, so a step left over after an approval or a cancellation does
 * nothing.
 */
@Configuration(proxyBeanMethods = false)
class TransferOutSteps {

	/**
	 * The owner's checks pass one after the other: phone (1 → 2), then email (2 → 3, the
	 * code is sent).
	 */
	static final String VERIFICATION = "transfer-out-verification";

	/**
	 * The gaining registrar's request reaches the registry (3 → 4), or is refused while
	 * the lock is on (→ 8).
	 */
	static final String REQUEST = "transfer-out-request";

	/** A pending request not acted on is approved by time, as registries do (4 → 5). */
	static final String APPROVAL = "transfer-out-approval";

	/**
	 * A sent code expires unused (3 → 8, transferExpired); the duration is also the
	 * code's validity, its ExpirationDate.
	 */
	static final String EXPIRY = "transfer-out-expiry";

	@Bean
	StepHandler transferOutVerificationStep(TransferOutService transfers) {
		return StepHandler.of(VERIFICATION, StepSetting.timed(Duration.ofSeconds(2)),
				(target, dueAt) -> transfers
					.waiting(target, TransferOutStatus.VERIFYING_PHONE, TransferOutStatus.VERIFYING_EMAIL)
					.ifPresent((transfer) -> transfers.verify(transfer, dueAt)));
	}

	@Bean
	StepHandler transferOutRequestStep(TransferOutService transfers) {
		return StepHandler.of(REQUEST, StepSetting.timed(Duration.ofMinutes(1)),
				(target, dueAt) -> transfers.waiting(target, TransferOutStatus.CODE_ISSUED)
					.ifPresent((transfer) -> transfers.requested(transfer, dueAt)));
	}

	@Bean
	StepHandler transferOutApprovalStep(TransferOutService transfers) {
		return StepHandler.of(APPROVAL, StepSetting.timed(Duration.ofDays(5)),
				(target, dueAt) -> transfers.waiting(target, TransferOutStatus.TRANSFERRING)
					.ifPresent((transfer) -> transfers.succeed(transfer, dueAt)));
	}

	@Bean
	StepHandler transferOutExpiryStep(TransferOutService transfers) {
		return StepHandler.of(EXPIRY, StepSetting.timed(Duration.ofDays(15)),
				(target, dueAt) -> transfers.waiting(target, TransferOutStatus.CODE_ISSUED)
					.ifPresent((transfer) -> transfer.fail(TransferOutResult.TRANSFER_EXPIRED, dueAt)));
	}

}
