package dev.domainemu.domain;

import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskType;
import dev.domainemu.task.TaskWork;

import org.springframework.stereotype.Component;

/**
 * Ends a lock task: the domain's transfer-prohibition lock is set as asked ({@code true}
 * on, {@code false} off); setting it to what it already is succeeds too.
 */
@Component
class TransferProhibitionLockTask implements TaskExecutor {

	private final HeldDomainRepository domains;

	TransferProhibitionLockTask(HeldDomainRepository domains) {
		this.domains = domains;
	}

	@Override
	public TaskType type() {
		return TaskType.SET_TRANSFER_PROHIBITED;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		HeldDomain domain = this.domains.findByUserIdAndDomainName(work.userId(), work.domainName()).orElse(null);
		if (domain == null) {
			return RegistryErrors.notHeld();
		}
		if (domain.registryFails()) {
			return RegistryErrors.unavailable();
		}
		domain.transferProhibited(Boolean.parseBoolean(work.argument()));
		return TaskOutcome.succeeded(null);
	}

}
