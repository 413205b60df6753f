package dev.domainemu.domain.action;

import java.util.List;

import dev.domainemu.domain.DomainService;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;

import org.springframework.stereotype.Component;

/**
 * Submits one task that turns the transfer-prohibition lock on or off for up to 1,000
 * domains ({@code DomainName.N}); a domain the account does not hold gets a failed
 * detail.
 */
@Component
class SaveBatchTaskForTransferProhibitionLockAction implements ActionHandler {

	static final int MAX_DOMAINS = 1000;

	private final DomainService domains;

	SaveBatchTaskForTransferProhibitionLockAction(DomainService domains) {
		this.domains = domains;
	}

	@Override
	public String action() {
		return "SaveBatchTaskForTransferProhibitionLock";
	}

	@Override
	public Object handle(RpcRequest request) {
		List<String> domainNames = request.requiredDistinctDomainNameList("DomainName", MAX_DOMAINS);
		boolean on = request.requiredBoolean("Status");
		return new TaskNoReply(this.domains.submitLocks(request.userId(), domainNames, on, request.clientIp()));
	}

}
