package dev.domainemu.domain;

import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskType;
import dev.domainemu.task.TaskWork;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends an auth-code task: the domain's code, or a failure while the domain is locked
 * against transfer (or no longer held). Handing out the code is announced with
 * {@link AuthorizationCodeIssued}.
 */
@Component
class AuthorizationCodeTask implements TaskExecutor {

	static final String PROHIBITED = "The domain name is in transfer prohibited status, so its transfer authorization code cannot be issued. Turn off the transfer prohibition lock and try again.";

	private final HeldDomainRepository domains;

	private final AuthorizationCodes codes;

	private final ApplicationEventPublisher events;

	AuthorizationCodeTask(HeldDomainRepository domains, AuthorizationCodes codes, ApplicationEventPublisher events) {
		this.domains = domains;
		this.codes = codes;
		this.events = events;
	}

	@Override
	public TaskType type() {
		return TaskType.QUERY_TRANSFER_AUTH_CODE;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		HeldDomain domain = this.domains.findByUserIdAndDomainName(work.userId(), work.domainName()).orElse(null);
		if (domain == null) {
			return RegistryErrors.notHeld();
		}
		if (domain.transferProhibited()) {
			return TaskOutcome.failed("TransferProhibited", PROHIBITED);
		}
		if (domain.registryFails()) {
			return RegistryErrors.unavailable();
		}
		String code = domain.authorizationCode(this.codes);
		this.events
			.publishEvent(new AuthorizationCodeIssued(work.userId(), work.domainName(), domain.email(), work.at()));
		return TaskOutcome.succeeded(code);
	}

}
