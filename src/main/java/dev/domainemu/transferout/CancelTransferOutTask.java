package dev.domainemu.transferout;

import dev.domainemu.domain.DomainService;
import dev.domainemu.domain.RegistryErrors;
import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskType;
import dev.domainemu.task.TaskWork;

import org.springframework.stereotype.Component;

/**
 * Ends a cancel task: the open transfer-out fails (Status 8) with ResultCode
 * {@code clientRejected} when a transfer request was pending (Status 4), else
 * {@code clientCancelled}. It fails when the domain has no open transfer-out.
 */
@Component
class CancelTransferOutTask implements TaskExecutor {

	static final String NOT_OPEN = "The domain name is not being transferred out.";

	private final TransferOutService transfers;

	private final DomainService domains;

	CancelTransferOutTask(TransferOutService transfers, DomainService domains) {
		this.transfers = transfers;
		this.domains = domains;
	}

	@Override
	public TaskType type() {
		return TaskType.CANCEL_TRANSFER_OUT;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		if (!this.domains.holds(work.userId(), work.domainName())) {
			return RegistryErrors.notHeld();
		}
		TransferOut transfer = this.transfers.open(work.userId(), work.domainName()).orElse(null);
		if (transfer == null) {
			return TaskOutcome.failed("NoTransferOut", NOT_OPEN);
		}
		if (this.domains.registryFails(work.userId(), work.domainName())) {
			return RegistryErrors.unavailable();
		}
		transfer.fail((transfer.status() == TransferOutStatus.TRANSFERRING) ? TransferOutResult.CLIENT_REJECTED
				: TransferOutResult.CLIENT_CANCELLED, work.at());
		return TaskOutcome.succeeded(null);
	}

}
