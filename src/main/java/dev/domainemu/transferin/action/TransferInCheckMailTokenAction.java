package dev.domainemu.transferin.action;

import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInVerificationService;

import org.springframework.stereotype.Component;

/**
 * Follows the link of a transfer-in verification mail: its token verifies the mail.
 */
@Component
class TransferInCheckMailTokenAction implements ActionHandler {

	private final TransferInVerificationService verification;

	TransferInCheckMailTokenAction(TransferInVerificationService verification) {
		this.verification = verification;
	}

	@Override
	public String action() {
		return "TransferInCheckMailToken";
	}

	@Override
	public Object handle(RpcRequest request) {
		return VerificationReply
			.of(this.verification.checkMailToken(request.userId(), request.requiredString("Token", 128)));
	}

}
