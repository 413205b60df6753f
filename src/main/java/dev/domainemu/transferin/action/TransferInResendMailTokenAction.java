package dev.domainemu.transferin.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.NoFields;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInMailService;

import org.springframework.stereotype.Component;

/**
 * Sends the transfer-in verification mail again, with a new token.
 */
@Component
class TransferInResendMailTokenAction implements ActionHandler {

	private final TransferInMailService transfers;

	TransferInResendMailTokenAction(TransferInMailService transfers) {
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
