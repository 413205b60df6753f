package dev.domainemu.rpc;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces the servlet container's error page: whatever fails outside a controller is
 * still answered in Alibaba's error envelope.
 */
@RestController
class RpcErrorController implements ErrorController {

	private final ResponseRenderer renderer;

	RpcErrorController(ResponseRenderer renderer) {
		this.renderer = renderer;
	}

	@RequestMapping("/error")
	ResponseEntity<byte[]> error(HttpServletRequest servletRequest) {
		Object status = servletRequest.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		boolean clientError = status instanceof Integer code && code >= 400 && code < 500;
		return this.renderer
			.error(RpcRequestParser.stored(servletRequest),
					clientError ? ApiError.ACTION_NOT_FOUND : ApiError.INTERNAL_ERROR, null)
			.toResponseEntity();
	}

}
