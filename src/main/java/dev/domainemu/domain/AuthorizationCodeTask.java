package dev.domainemu.domain;

import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskWork;
import dev.domainemu.task.TaskType;

import org.springframework.stereotype.Component;

/**
 * Ends an auth-code task: the domain's code, or a failure while the domain is locked
 * against transfer (or no longer held).
 */
@Component
class AuthorizationCodeTask implements TaskExecutor {

	static final String PROHIBITED = "The domain name is in transfer prohibited status, so its transfer authorization code cannot be issued. Turn off the transfer prohibition lock and try again.";

	static final String NOT_HELD = "The domain name does not exist.";

	private final HeldDomainRepository domains;

	private final AuthorizationCodes codes;

	AuthorizationCodeTask(HeldDomainRepository domains, AuthorizationCodes codes) {
		this.domains = domains;
		this.codes = codes;
	}

	@Override
	public TaskType type() {
		return TaskType.QUERY_TRANSFER_AUTH_CODE;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		HeldDomain domain = this.domains.findByUserIdAndDomainName(work.userId(), work.domainName()).orElse(null);
		if (domain == null) {
			return TaskOutcome.failed(NOT_HELD);
		}
		if (domain.transferProhibited()) {
			return TaskOutcome.failed(PROHIBITED);
		}
		return TaskOutcome.succeeded(domain.authorizationCode(this.codes));
	}

}
