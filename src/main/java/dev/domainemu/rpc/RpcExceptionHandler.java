package dev.domainemu.rpc;

import dev.domainemu.storage.Conflicts;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one handler that answers every failed RPC call in Alibaba's error envelope, in the
 * caller's format. A request Spring could not route is {@code InvalidAction.NotFound}; a
 * call that lost the race for a row every time it was tried is
 * {@code ServiceUnavailable}; anything unexpected is {@code InternalError}, logged with
 * its RequestId and cause.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RpcExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(RpcExceptionHandler.class);

	private final ResponseRenderer renderer;

	private final CallLog callLog;

	RpcExceptionHandler(ResponseRenderer renderer, CallLog callLog) {
		this.renderer = renderer;
		this.callLog = callLog;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<byte[]> apiError(ApiException ex, HttpServletRequest servletRequest) {
		return reply(servletRequest, ex.error(), ex.argument());
	}

	@ExceptionHandler(InjectedErrorException.class)
	ResponseEntity<byte[]> injected(InjectedErrorException ex, HttpServletRequest servletRequest) {
		RpcRequest request = RpcRequestParser.stored(servletRequest);
		ResponseEntity<byte[]> reply = this.renderer.error(request, ex.httpStatus(), ex.code(), ex.getMessage())
			.toResponseEntity();
		this.callLog.completed(request, ex.httpStatus(), ex.code(), CallLog.startOf(servletRequest));
		return reply;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> unexpected(Exception ex, HttpServletRequest servletRequest) {
		if (ControlPlaneErrors.isControlPlane(servletRequest)) {
			// a control-plane request no controller took (an unknown path, a wrong
			// method)
			ResponseEntity<byte[]> refused = ControlPlaneErrors.forRequestError(ex);
			if (refused != null) {
				return refused;
			}
			logger.error("Control-plane request failed", ex);
			return ControlPlaneErrors.reply(500, "internal error: " + ex.getClass().getSimpleName(), null);
		}
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return reply(servletRequest, ApiError.ACTION_NOT_FOUND, null);
		}
		RpcRequest request = RpcRequestParser.stored(servletRequest);
		if (Conflicts.lostRace(ex)) {
			logger.warn("ServiceUnavailable for RequestId {}: lost the race for a row {} times ({})",
					request.requestId(), Conflicts.ATTEMPTS, ex.toString());
			return reply(servletRequest, ApiError.SERVICE_UNAVAILABLE, null);
		}
		logger.error("InternalError for RequestId {}", request.requestId(), ex);
		return reply(servletRequest, ApiError.INTERNAL_ERROR, null);
	}

	private ResponseEntity<byte[]> reply(HttpServletRequest servletRequest, ApiError error, String argument) {
		RpcRequest request = RpcRequestParser.stored(servletRequest);
		ResponseEntity<byte[]> reply = this.renderer.error(request, error, argument).toResponseEntity();
		this.callLog.completed(request, error.httpStatus(), error.code(argument), CallLog.startOf(servletRequest));
		return reply;
	}

}
