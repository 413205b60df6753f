package dev.domainemu.transferin.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.NoFields;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInService;

import org.springframework.stereotype.Component;

/**
 * Re-submits the transfer authorization code of a transfer-in whose code was wrong.
 */
@Component
class TransferInReenterTransferAuthorizationCodeAction implements ActionHandler {

	private final TransferInService transfers;

	TransferInReenterTransferAuthorizationCodeAction(TransferInService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "TransferInReenterTransferAuthorizationCode";
	}

	@Override
	public Object handle(RpcRequest request) {
		String domainName = request.requiredDomainName("DomainName");
		String code = request.requiredString("TransferAuthorizationCode", 64);
		this.transfers.reenterAuthorizationCode(request.userId(), domainName, code);
		return NoFields.INSTANCE;
	}

}
