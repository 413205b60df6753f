package dev.domainemu.rpc;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One log line per RPC call (action, code, HTTP status, milliseconds, RequestId) on the
 * logger {@code dev.domainemu.rpc.calls}: errors at INFO, successes at DEBUG (a line per
 * success costs a third of the throughput on a small machine), and the after-reply
 * notification of listeners.
 */
@Component
class CallLog {

	private static final Logger logger = LoggerFactory.getLogger("dev.domainemu.rpc.calls");

	private static final String STARTED = CallLog.class.getName() + ".started";

	private final List<RpcCallListener> listeners;

	CallLog(List<RpcCallListener> listeners) {
		this.listeners = listeners;
	}

	void completed(RpcRequest request, int status, String code, long startedNanos) {
		long elapsed = System.nanoTime() - startedNanos;
		if (code != null) {
			logger.info("{} {} {} {}ms {}", request.action(), code, status, elapsed / 1_000_000, request.requestId());
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("{} OK {} {}ms {}", request.action(), status, elapsed / 1_000_000, request.requestId());
		}
		for (RpcCallListener listener : this.listeners) {
			listener.afterReply(request, status, code, elapsed);
		}
	}

	static void markStart(HttpServletRequest servletRequest) {
		servletRequest.setAttribute(STARTED, System.nanoTime());
	}

	static long startOf(HttpServletRequest servletRequest) {
		Object started = servletRequest.getAttribute(STARTED);
		return (started instanceof Long nanos) ? nanos : System.nanoTime();
	}

}
