package dev.domainemu.rpc;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces the servlet container's error page: whatever fails outside a controller is
 * still answered in Alibaba's error envelope, or as the control plane's JSON for a
 * control-plane request. {@code /error} asked for directly is no action: 404.
 */
@RestController
class RpcErrorController implements ErrorController {

	private final ResponseRenderer renderer;

	private final String maxBody;

	RpcErrorController(ResponseRenderer renderer, EdgeProperties edge) {
		this.renderer = renderer;
		this.maxBody = String.valueOf(edge.maxRpcBody().toBytes());
	}

	@RequestMapping("/error")
	ResponseEntity<byte[]> error(HttpServletRequest servletRequest) {
		Object status = servletRequest.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int code = (status instanceof Integer given) ? given : 404;
		Object uri = servletRequest.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && ControlPlaneErrors.isControlPlane(path)) {
			return (code >= 500) ? ControlPlaneErrors.reply(500, "internal error", null)
					: ControlPlaneErrors.reply(code, "request: refused (HTTP " + code + ")", "request");
		}
		ApiError error = switch (code) {
			case 404, 405 -> ApiError.ACTION_NOT_FOUND;
			case 413 -> ApiError.REQUEST_TOO_LARGE;
			default -> (code >= 500) ? ApiError.INTERNAL_ERROR : ApiError.MALFORMED_REQUEST;
		};
		return this.renderer.error(RpcRequestParser.stored(servletRequest), error, switch (error) {
			case MALFORMED_REQUEST -> "HTTP " + code;
			case REQUEST_TOO_LARGE -> this.maxBody;
			default -> null;
		}).toResponseEntity();
	}

}
