package dev.domainemu.transferout.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;
import dev.domainemu.transferout.TransferOutService;

import org.springframework.stereotype.Component;

/**
 * Submits the task that approves a domain's pending transfer-out request (Status 4); when
 * it runs the transfer-out succeeds and the domain leaves the account.
 */
@Component
class SaveSingleTaskForApprovingTransferOutAction implements ActionHandler {

	private final TransferOutService transfers;

	SaveSingleTaskForApprovingTransferOutAction(TransferOutService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "SaveSingleTaskForApprovingTransferOut";
	}

	@Override
	public Object handle(RpcRequest request) {
		return new TaskNoReply(this.transfers.submitApproval(request.userId(), request.requiredDomainName("DomainName"),
				request.clientIp()));
	}

}
