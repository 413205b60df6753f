package dev.domainemu.transferin.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.NoFields;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInService;

import org.springframework.stereotype.Component;

/**
 * Sends the transfer-in verification mail again, with a new token.
 */
@Component
class TransferInResendMailTokenAction implements ActionHandler {

	private final TransferInService transfers;

	TransferInResendMailTokenAction(TransferInService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "TransferInResendMailToken";
	}

	@Override
	public Object handle(RpcRequest request) {
		this.transfers.resendMailToken(request.userId(), request.requiredDomainName("DomainName"));
		return NoFields.INSTANCE;
	}

}
