package dev.domainemu.domain.action;

import dev.domainemu.domain.DomainService;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;

import org.springframework.stereotype.Component;

/**
 * Submits the task that fetches a domain's transfer authorization code; the code arrives
 * in the task detail's {@code TaskResult}.
 */
@Component
class SaveSingleTaskForQueryingTransferAuthorizationCodeAction implements ActionHandler {

	private final DomainService domains;

	SaveSingleTaskForQueryingTransferAuthorizationCodeAction(DomainService domains) {
		this.domains = domains;
	}

	@Override
	public String action() {
		return "SaveSingleTaskForQueryingTransferAuthorizationCode";
	}

	@Override
	public Object handle(RpcRequest request) {
		String domainName = request.requiredDomainName("DomainName");
		return new TaskNoReply(
				this.domains.submitAuthorizationCodeTask(request.userId(), domainName, request.clientIp()));
	}

}
