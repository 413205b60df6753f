package dev.domainemu.rpc;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one shape of a refused control-plane request: JSON {@code {"error": …, "field":
 * …}}, whatever the request's {@code Accept} says, with the field the refusal is about.
 */
public final class ControlPlaneErrors {

	/** Where the control plane lives. */
	public static final String PREFIX = "/_emulator";

	private static final Pattern PARAMETER = Pattern.compile("Parameter \\[([A-Za-z0-9._-]{1,64})\\]");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ControlPlaneErrors() {
	}

	/** Whether the request is for the control plane, read from its raw path. */
	public static boolean isControlPlane(HttpServletRequest request) {
		return isControlPlane(request.getRequestURI());
	}

	/** Whether the raw path is the control plane's. */
	public static boolean isControlPlane(String uri) {
		return uri != null && (uri.equals(PREFIX) || uri.startsWith(PREFIX + "/"));
	}

	public static byte[] body(String message, String field) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", message);
		if (field != null) {
			body.put("field", field);
		}
		return JSON.writeValueAsBytes(body);
	}

	public static ResponseEntity<byte[]> reply(int status, String message, String field) {
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.body(body(message, field));
	}

	/**
	 * The reply to an exception Spring MVC or Tomcat raises for a malformed request (a
	 * parameter of the wrong type or not decodable, a missing one, an unknown path, a
	 * method or media type not supported), naming the field; {@code null} for any other.
	 */
	public static ResponseEntity<byte[]> forRequestError(Exception ex) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return reply(400, mismatch.getName() + ": has a value of the wrong type", mismatch.getName());
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return reply(400, missing.getParameterName() + ": is required", missing.getParameterName());
		}
		if (ex instanceof InvalidParameterException) {
			Matcher name = PARAMETER.matcher(String.valueOf(ex.getMessage()));
			String field = name.find() ? name.group(1) : "query";
			return reply(400,
					field + ": could not be decoded (percent-encoded UTF-8), or there are too many " + "parameters",
					field);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return reply(405,
					"method: " + method.getMethod() + " is not supported here; use " + method.getSupportedHttpMethods(),
					"method");
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return reply(415, "Content-Type: send the body as application/json", "Content-Type");
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return reply(406, "Accept: the control plane answers application/json", "Accept");
		}
		if (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException) {
			return reply(404, "path: no such control-plane resource; see " + PREFIX + "/openapi", "path");
		}
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return reply(response.getStatusCode().value(), "request: " + ex.getMessage(), "request");
		}
		return null;
	}

	public static void write(HttpServletResponse response, int status, String message, String field)
			throws IOException {
		byte[] body = body(message, field);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
