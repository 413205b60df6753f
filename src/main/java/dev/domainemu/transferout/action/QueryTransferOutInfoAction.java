package dev.domainemu.transferout.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.NoFields;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferout.TransferOutService;

import org.springframework.stereotype.Component;

/**
 * The domain's latest transfer-out. A held domain that never had one answers with no
 * fields beyond RequestId; a domain the account neither holds nor transferred out is
 * {@code DomainNotExist}.
 */
@Component
class QueryTransferOutInfoAction implements ActionHandler {

	private final TransferOutService transfers;

	private final TimeFormat time;

	QueryTransferOutInfoAction(TransferOutService transfers, TimeFormat time) {
		this.transfers = transfers;
		this.time = time;
	}

	@Override
	public String action() {
		return "QueryTransferOutInfo";
	}

	@Override
	public Object handle(RpcRequest request) {
		String domainName = request.requiredDomainName("DomainName");
		return this.transfers.info(request.userId(), domainName)
			.<Object>map((transfer) -> new Reply(transfer.status().code(), transfer.email(),
					this.time.text(transfer.codeSentAt()), this.time.text(transfer.expiresAt()),
					this.time.text(transfer.pendingRequestAt()), transfer.resultCode(), transfer.resultMsg()))
			.orElse(NoFields.INSTANCE);
	}

	@JsonPropertyOrder({ "Status", "Email", "TransferAuthorizationCodeSendDate", "ExpirationDate", "PendingRequestDate",
			"ResultCode", "ResultMsg" })
	record Reply(@JsonProperty("Status") int status, @JsonProperty("Email") String email,
			@JsonProperty("TransferAuthorizationCodeSendDate") String transferAuthorizationCodeSendDate,
			@JsonProperty("ExpirationDate") String expirationDate,
			@JsonProperty("PendingRequestDate") String pendingRequestDate,
			@JsonProperty("ResultCode") String resultCode, @JsonProperty("ResultMsg") String resultMsg) {
	}

}
