package dev.domainemu.transferout;

import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainService;
import dev.domainemu.domain.RegistryErrors;
import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskType;
import dev.domainemu.task.TaskWork;

import org.springframework.stereotype.Component;

/**
 * Ends an approval task: a transfer-out waiting at Status 4 succeeds (5) and the domain
 * leaves the account. It fails when no request waits, or while the lock is on.
 */
@Component
class ApproveTransferOutTask implements TaskExecutor {

	static final String NO_REQUEST = "No transfer-out request is waiting for approval for this domain name.";

	static final String LOCKED = "The domain name is in transfer prohibited status. Turn off the transfer prohibition lock before approving the transfer-out.";

	private final TransferOutService transfers;

	private final DomainService domains;

	ApproveTransferOutTask(TransferOutService transfers, DomainService domains) {
		this.transfers = transfers;
		this.domains = domains;
	}

	@Override
	public TaskType type() {
		return TaskType.APPROVE_TRANSFER_OUT;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		DomainRecord domain = this.domains.find(work.userId(), work.domainName()).orElse(null);
		if (domain == null) {
			return RegistryErrors.notHeld();
		}
		TransferOut transfer = this.transfers.open(work.userId(), work.domainName())
			.filter((open) -> open.status() == TransferOutStatus.TRANSFERRING)
			.orElse(null);
		if (transfer == null) {
			return TaskOutcome.failed("NoTransferOutRequest", NO_REQUEST);
		}
		if (domain.transferProhibited()) {
			return TaskOutcome.failed("TransferProhibited", LOCKED);
		}
		if (this.domains.registryFails(work.userId(), work.domainName())) {
			return RegistryErrors.unavailable();
		}
		this.transfers.succeed(transfer, work.at());
		return TaskOutcome.succeeded(null);
	}

}
