package dev.domainemu.transferin.action;

import java.util.List;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInVerificationService;

import org.springframework.stereotype.Component;

/**
 * Confirms the registrant email of transfer-ins directly, for the domains
 * {@code DomainName.N}: those waiting for mail verification with that email are verified.
 */
@Component
class ConfirmTransferInEmailAction implements ActionHandler {

	/** The most domains one call takes. */
	static final int MAX_DOMAINS = 1000;

	private final TransferInVerificationService verification;

	ConfirmTransferInEmailAction(TransferInVerificationService verification) {
		this.verification = verification;
	}

	@Override
	public String action() {
		return "ConfirmTransferInEmail";
	}

	@Override
	public Object handle(RpcRequest request) {
		List<String> domainNames = request.requiredDomainNameList("DomainName", MAX_DOMAINS);
		String email = request.requiredString("Email", 255);
		return VerificationReply.of(this.verification.confirmEmail(request.userId(), domainNames, email));
	}

}
