package dev.domainemu.transferin.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;
import dev.domainemu.transferin.TransferInService;

import org.springframework.stereotype.Component;

/**
 * Submits the task that cancels a pending transfer-in; when it runs, the transfer-in
 * moves to Status 50 with ResultCode clientCancelled.
 */
@Component
class SaveSingleTaskForCancelingTransferInAction implements ActionHandler {

	private final TransferInService transfers;

	SaveSingleTaskForCancelingTransferInAction(TransferInService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "SaveSingleTaskForCancelingTransferIn";
	}

	@Override
	public Object handle(RpcRequest request) {
		String domainName = request.requiredDomainName("DomainName");
		return new TaskNoReply(this.transfers.submitCancellation(request.userId(), domainName, request.clientIp()));
	}

}
