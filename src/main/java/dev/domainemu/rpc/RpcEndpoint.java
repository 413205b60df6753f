package dev.domainemu.rpc;

import java.io.IOException;
import java.util.List;

import dev.domainemu.storage.ChangeGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The RPC endpoint: {@code GET} or {@code POST} on {@code /}, the action named by
 * {@code Action} or {@code x-acs-action}.
 */
@RestController
class RpcEndpoint {

	private final RpcRequestParser parser;

	private final ActionRegistry registry;

	private final ResponseRenderer renderer;

	private final List<RpcCallListener> listeners;

	private final CallLog callLog;

	private final ChangeGate gate;

	RpcEndpoint(RpcRequestParser parser, ActionRegistry registry, ResponseRenderer renderer,
			List<RpcCallListener> listeners, CallLog callLog, ChangeGate gate) {
		this.gate = gate;
		this.parser = parser;
		this.registry = registry;
		this.renderer = renderer;
		this.listeners = listeners;
		this.callLog = callLog;
	}

	@RequestMapping(path = "/", method = { RequestMethod.GET, RequestMethod.POST })
	void call(HttpServletRequest servletRequest, HttpServletResponse servletResponse) throws IOException {
		CallLog.markStart(servletRequest);
		RpcRequest request = this.parser.parse(servletRequest);
		ActionHandler handler = this.registry.find(request.action());
		if (handler == null) {
			throw this.registry.isApiAction(request.action())
					? new ApiException(ApiError.NOT_IMPLEMENTED, request.action())
					: new ApiException(ApiError.ACTION_NOT_FOUND);
		}
		for (RpcCallListener listener : this.listeners) {
			listener.beforeHandler(request);
		}
		// a call that lost a race for a row (a step changed it meanwhile) runs again
		ResponseRenderer.Reply reply = this.renderer.success(request,
				this.gate.together(() -> handler.handle(request)));
		// recorded before the reply leaves, so that a caller who has the reply also finds
		// the call
		// in the journal
		this.callLog.completed(request, 200, null, CallLog.startOf(servletRequest));
		reply.writeTo(servletResponse);
	}

}
