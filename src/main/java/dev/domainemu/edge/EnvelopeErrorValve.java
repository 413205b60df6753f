package dev.domainemu.edge;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ControlPlaneErrors;
import dev.domainemu.rpc.EdgeProperties;
import dev.domainemu.rpc.ResponseRenderer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.MediaType;

/**
 * Replaces Tomcat's HTML error page for what fails before the application sees a request
 * (a header or URL too long, a path or header that is not valid HTTP, a method Tomcat
 * refuses, an error escaping a filter): on {@code /} the Alibaba envelope in the format
 * the raw query or headers ask for, on {@code /_emulator} JSON naming what was wrong. A
 * refusal of the request is a 4xx, whatever status Tomcat chose; only an error the
 * application raised stays a 500.
 */
class EnvelopeErrorValve extends ErrorReportValve {

	private final ResponseRenderer renderer;

	private final long maxRpcBody;

	EnvelopeErrorValve(ResponseRenderer renderer, EdgeProperties properties) {
		this.renderer = renderer;
		this.maxRpcBody = properties.maxRpcBody().toBytes();
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			if (controlPlane(request)) {
				controlPlaneError(response, status, throwable);
			}
			else {
				rpcError(request, response, status, throwable);
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away, or the reply was already on its way
		}
	}

	private void rpcError(Request request, Response response, int status, Throwable throwable) throws IOException {
		ApiError error = switch (status) {
			case 404, 405, 501 -> ApiError.ACTION_NOT_FOUND;
			case 413 -> ApiError.REQUEST_TOO_LARGE;
			default -> (status >= 500 && throwable != null) ? ApiError.INTERNAL_ERROR : ApiError.MALFORMED_REQUEST;
		};
		String argument = switch (error) {
			case REQUEST_TOO_LARGE -> String.valueOf(this.maxRpcBody);
			case MALFORMED_REQUEST -> "its request line, path, a header or its size is not valid HTTP";
			default -> null;
		};
		ResponseRenderer.Reply reply = this.renderer.error(request, error, argument);
		response.setStatus(reply.status());
		response.setHeader("x-acs-request-id", reply.requestId());
		write(response, reply.contentType(), reply.body());
	}

	private static void controlPlaneError(Response response, int status, Throwable throwable) throws IOException {
		int answered;
		String field;
		String message;
		if (status == 404) {
			answered = 404;
			field = "path";
			message = "path: no such control-plane resource";
		}
		else if (status == 405 || status == 501) {
			answered = 405;
			field = "method";
			message = "method: not supported here";
		}
		else if (status == 413) {
			answered = 413;
			field = "body";
			message = "body: too large";
		}
		else if (status >= 500 && throwable != null) {
			answered = 500;
			field = null;
			message = "internal error: " + throwable.getClass().getSimpleName();
		}
		else {
			answered = 400;
			field = "request";
			message = "request: its request line, path, a header or its size is not valid HTTP";
		}
		response.setStatus(answered);
		write(response, MediaType.APPLICATION_JSON_VALUE + ";charset=utf-8", ControlPlaneErrors.body(message, field));
	}

	private static boolean controlPlane(Request request) {
		try {
			return ControlPlaneErrors.isControlPlane(request);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void write(Response response, String contentType, byte[] body) throws IOException {
		response.setContentType(contentType);
		response.setCharacterEncoding("utf-8");
		Writer writer = response.getReporter();
		if (writer != null) {
			writer.write(new String(body, StandardCharsets.UTF_8));
			response.finishResponse();
		}
	}

}
