package dev.domainemu.domain.action;

import dev.domainemu.domain.DomainService;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;

import org.springframework.stereotype.Component;

/**
 * Submits the task that turns a held domain's transfer-prohibition lock on
 * ({@code Status=true}) or off ({@code Status=false}).
 */
@Component
class SaveSingleTaskForTransferProhibitionLockAction implements ActionHandler {

	private final DomainService domains;

	SaveSingleTaskForTransferProhibitionLockAction(DomainService domains) {
		this.domains = domains;
	}

	@Override
	public String action() {
		return "SaveSingleTaskForTransferProhibitionLock";
	}

	@Override
	public Object handle(RpcRequest request) {
		String domainName = request.requiredDomainName("DomainName");
		boolean on = request.requiredBoolean("Status");
		return new TaskNoReply(this.domains.submitLock(request.userId(), domainName, on, request.clientIp()));
	}

}
