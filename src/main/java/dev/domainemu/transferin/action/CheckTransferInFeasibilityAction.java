package dev.domainemu.transferin.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.Feasibility;
import dev.domainemu.transferin.TransferInQueries;

import org.springframework.stereotype.Component;

/**
 * Whether a domain can be transferred in. A "no" is a 200 reply with {@code CanTransfer}
 * false and a {@code Code}/{@code Message}, not an error.
 */
@Component
class CheckTransferInFeasibilityAction implements ActionHandler {

	/** The documented example's value; the API documents no other. */
	static final String PRODUCT_ID = "2a";

	private final TransferInQueries transfers;

	CheckTransferInFeasibilityAction(TransferInQueries transfers) {
		this.transfers = transfers;
	}

	@Override
	public String action() {
		return "CheckTransferInFeasibility";
	}

	@Override
	public Object handle(RpcRequest request) {
		String domainName = request.requiredDomainName("DomainName");
		String code = request.optionalString("TransferAuthorizationCode", 64);
		Feasibility result = this.transfers.feasibility(request.userId(), domainName, code);
		return new Reply(result.canTransfer(), result.code(),
				result.canTransfer() ? null : result.message(request.lang()),
				(result == Feasibility.SUFFIX_NOT_SUPPORTED) ? null : PRODUCT_ID);
	}

	@JsonPropertyOrder({ "CanTransfer", "Code", "Message", "ProductId" })
	record Reply(@JsonProperty("CanTransfer") boolean canTransfer, @JsonProperty("Code") String code,
			@JsonProperty("Message") String message, @JsonProperty("ProductId") String productId) {
	}

}
