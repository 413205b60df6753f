package dev.domainemu.transferin;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskWork;
import dev.domainemu.task.TaskType;

import org.springframework.stereotype.Component;

/**
 * Ends a cancel task: the transfer-in moves to Status 50 (clientCancelled), or the task
 * fails when the transfer-in has meanwhile gone where it can no longer be cancelled.
 */
@Component
class CancelTransferInTask implements TaskExecutor {

	static final String TOO_LATE = "The transfer-in can no longer be cancelled.";

	private final TransferInRepository transfers;

	private final EmulatorClock clock;

	CancelTransferInTask(TransferInRepository transfers, EmulatorClock clock) {
		this.transfers = transfers;
		this.clock = clock;
	}

	@Override
	public TaskType type() {
		return TaskType.CANCEL_TRANSFER_IN;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		TransferIn transfer = this.transfers.findById(work.instanceId()).orElse(null);
		if (transfer == null || !TransferInTransition.OPEN.contains(transfer.status())) {
			return TaskOutcome.failed("TransferInNotCancellable", TOO_LATE);
		}
		transfer.apply(TransferInEvent.CANCELLED, null, this.clock.now(transfer.userId()));
		return TaskOutcome.succeeded(null);
	}

}
