package dev.domainemu.transferin.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.NoFields;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInMailService;

import org.springframework.stereotype.Component;

/**
 * Looks the registrant email up in WHOIS again while a transfer-in awaits mail
 * verification.
 */
@Component
class TransferInRefetchWhoisEmailAction implements ActionHandler {

	private final TransferInMailService transfers;

	TransferInRefetchWhoisEmailAction(TransferInMailService transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "TransferInRefetchWhoisEmail";
	}

	@Override
	public Object handle(RpcRequest request) {
		this.transfers.refetchWhoisEmail(request.userId(), request.requiredDomainName("DomainName"));
		return NoFields.INSTANCE;
	}

}
