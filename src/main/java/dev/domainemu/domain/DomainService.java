package dev.domainemu.domain;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domains an account holds, and the auth-code task over them.
 */
@Service
public class DomainService {

	private final HeldDomainRepository domains;

	private final TaskService tasks;

	private final EmulatorClock clock;

	DomainService(HeldDomainRepository domains, TaskService tasks, EmulatorClock clock) {
		this.domains = domains;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** Adds a held domain; answers {@code null} when the account already holds it. */
	public DomainRecord add(String userId, String domainName, String transferAuthorizationCode,
			boolean transferProhibited) {
		try {
			return this.domains
				.saveAndFlush(new HeldDomain(userId, domainName, transferAuthorizationCode, transferProhibited,
						this.clock.instant()))
				.toRecord();
		}
		catch (DataIntegrityViolationException ex) {
			return null;
		}
	}

	/**
	 * Submits the task that fetches a held domain's transfer authorization code;
	 * {@code DomainNotExist} when the account does not hold it.
	 */
	public String submitAuthorizationCodeTask(String userId, String domainName, String clientIp) {
		if (!this.domains.existsByUserIdAndDomainName(userId, domainName)) {
			throw new ApiException(ApiError.DOMAIN_NOT_EXIST);
		}
		return this.tasks.submitSingle(userId, TaskType.QUERY_TRANSFER_AUTH_CODE, domainName, null, clientIp);
	}

	/** Whether the account holds the domain. */
	@Transactional(readOnly = true)
	public boolean holds(String userId, String domainName) {
		return this.domains.existsByUserIdAndDomainName(userId, domainName);
	}

	@Transactional
	public void clear() {
		this.domains.deleteAllInBatch();
	}

}
