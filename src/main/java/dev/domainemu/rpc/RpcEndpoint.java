package dev.domainemu.rpc;

import java.io.IOException;

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

	private final CallDispatcher dispatcher;

	private final ResponseRenderer renderer;

	private final CallLog callLog;

	RpcEndpoint(RpcRequestParser parser, CallDispatcher dispatcher, ResponseRenderer renderer, CallLog callLog) {
		this.parser = parser;
		this.dispatcher = dispatcher;
		this.renderer = renderer;
		this.callLog = callLog;
	}

	@RequestMapping(path = "/", method = { RequestMethod.GET, RequestMethod.POST })
	void call(HttpServletRequest servletRequest, HttpServletResponse servletResponse) throws IOException {
		CallLog.markStart(servletRequest);
		RpcRequest request = this.parser.parse(servletRequest);
		ResponseRenderer.Reply reply = this.renderer.success(request, this.dispatcher.dispatch(request));
		// recorded before the reply leaves, so that a caller who has the reply also finds
		// the
		// call in the journal
		this.callLog.completed(request, 200, null, CallLog.startOf(servletRequest));
		reply.writeTo(servletResponse);
	}

}
