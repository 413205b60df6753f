package dev.domainemu.transferout.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.rpc.TaskNoReply;
import dev.domainemu.transferout.TransferOutService;

import org.springframework.stereotype.Component;

/**
 * Submits the task that cancels a domain's open transfer-out; when it runs the
 * transfer-out fails with ResultCode clientRejected (a request was pending) or
 * clientCancelled.
 */
@Component
class SaveSingleTaskForCancelingTransferOutAction implements ActionHandler {

	private final TransferOutService transfers;

	SaveSingleTaskForCancelingTransferOutAction(TransferOutService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "SaveSingleTaskForCancelingTransferOut";
	}

	@Override
	public Object handle(RpcRequest request) {
		return new TaskNoReply(this.transfers.submitCancellation(request.userId(),
				request.requiredDomainName("DomainName"), request.clientIp()));
	}

}
