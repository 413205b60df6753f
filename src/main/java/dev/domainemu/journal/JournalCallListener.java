package dev.domainemu.journal;

import dev.domainemu.rpc.RpcCallListener;
import dev.domainemu.rpc.RpcRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Journals every answered RPC call, and marks status changes made while handling one as
 * caused by the API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class JournalCallListener implements RpcCallListener {

	private final Journal journal;

	JournalCallListener(Journal journal) {
		this.journal = journal;
	}

	@Override
	public void beforeHandler(RpcRequest request) {
		Cause.set(Cause.API);
	}

	@Override
	public void afterReply(RpcRequest request, int httpStatus, String code, long elapsedNanos) {
		Cause.restore(null);
		this.journal.call(request.userId(), request.action(), request.parameters(), httpStatus, code, elapsedNanos,
				request.requestId(), request.signatureMismatch());
	}

}
