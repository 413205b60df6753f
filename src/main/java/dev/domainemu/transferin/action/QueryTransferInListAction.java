package dev.domainemu.transferin.action;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.PageReply;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.SimpleTransferInStatus;
import dev.domainemu.transferin.TransferInQueries;

import org.springframework.stereotype.Component;

/**
 * Pages through the account's transfer-ins, newest submission first.
 */
@Component
class QueryTransferInListAction implements ActionHandler {

	private final TransferInQueries transfers;

	private final TimeFormat time;

	QueryTransferInListAction(TransferInQueries transfers, TimeFormat time) {
		this.transfers = transfers;
		this.time = time;
	}

	@Override
	public String action() {
		return "QueryTransferInList";
	}

	@Override
	public Object handle(RpcRequest request) {
		int pageNum = request.requiredInt("PageNum", 1, Integer.MAX_VALUE);
		int pageSize = request.requiredInt("PageSize", 1, 1000);
		SimpleTransferInStatus simple = simpleStatus(request.optionalString("SimpleTransferInStatus", 32));
		String prefix = request.optionalString("DomainName", 255);
		Long from = request.optionalLong("SubmissionStartDate");
		Long to = request.optionalLong("SubmissionEndDate");
		return PageReply.of(
				this.transfers.list(request.userId(), pageNum, pageSize, simple,
						(prefix != null) ? prefix.toLowerCase(Locale.ROOT) : null, instant(from), instant(to)),
				(items) -> new Data(items.stream()
					.map((transfer) -> TransferInWire.of(transfer, request.lang(), this.time))
					.toList()));
	}

	private static SimpleTransferInStatus simpleStatus(String value) {
		if (value == null) {
			return null;
		}
		for (SimpleTransferInStatus status : SimpleTransferInStatus.values()) {
			if (status.name().equals(value)) {
				return status;
			}
		}
		throw new ApiException(ApiError.INVALID_PARAMETER, "SimpleTransferInStatus");
	}

	private static Instant instant(Long millis) {
		return (millis != null) ? Instant.ofEpochMilli(millis) : null;
	}

	record Data(@JsonProperty("TransferInInfo") List<TransferInWire> transferInInfo) {
	}

}
