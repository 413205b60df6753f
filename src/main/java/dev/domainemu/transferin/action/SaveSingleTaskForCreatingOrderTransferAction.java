package dev.domainemu.transferin.action;

import java.util.List;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;
import dev.domainemu.transferin.TransferInService;

import org.springframework.stereotype.Component;

/**
 * Orders the transfer-in of one domain: a task whose execution makes the transfer-in.
 */
@Component
class SaveSingleTaskForCreatingOrderTransferAction implements ActionHandler {

	private final TransferInService transfers;

	SaveSingleTaskForCreatingOrderTransferAction(TransferInService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "SaveSingleTaskForCreatingOrderTransfer";
	}

	@Override
	public Object handle(RpcRequest request) {
		return new TaskNoReply(
				this.transfers.order(request.userId(), List.of(OrderParameters.one(request, "")), request.clientIp()));
	}

}
