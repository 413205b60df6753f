package dev.domainemu.transferin.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;
import dev.domainemu.transferin.TransferInService;

import org.springframework.stereotype.Component;

/**
 * Orders the transfer-in of several domains in one task, a detail per domain.
 */
@Component
class SaveBatchTaskForCreatingOrderTransferAction implements ActionHandler {

	private final TransferInService transfers;

	SaveBatchTaskForCreatingOrderTransferAction(TransferInService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "SaveBatchTaskForCreatingOrderTransfer";
	}

	@Override
	public Object handle(RpcRequest request) {
		return new TaskNoReply(
				this.transfers.order(request.userId(), OrderParameters.batch(request), request.clientIp()));
	}

}
