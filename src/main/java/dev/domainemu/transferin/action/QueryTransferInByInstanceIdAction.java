package dev.domainemu.transferin.action;

import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInQueries;

import org.springframework.stereotype.Component;

/**
 * Reads one transfer-in by its instance id.
 */
@Component
class QueryTransferInByInstanceIdAction implements ActionHandler {

	private final TransferInQueries transfers;

	private final TimeFormat time;

	QueryTransferInByInstanceIdAction(TransferInQueries transfers, TimeFormat time) {
		this.transfers = transfers;
		this.time = time;
	}

	@Override
	public String action() {
		return "QueryTransferInByInstanceId";
	}

	@Override
	public Object handle(RpcRequest request) {
		String instanceId = request.requiredString("InstanceId", 64);
		return TransferInWire.of(this.transfers.get(request.userId(), instanceId), request.lang(), this.time);
	}

}
