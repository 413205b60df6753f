package dev.domainemu.rpc;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.domainemu.account.Accounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Reads the common parameters of a call from the query string, a form body and the
 * {@code x-acs-*} headers. The partly read call is stored on the servlet request first,
 * so that an error about a common parameter is still answered in the caller's format.
 */
@Component
class RpcRequestParser {

	static final String ATTRIBUTE = RpcRequest.class.getName();

	private static final String V3_PREFIX = "ACS3-";

	private static final Pattern UNDECODABLE_PARAMETER = Pattern.compile("Parameter \\[([A-Za-z0-9.]{1,64})\\]");

	private final Accounts accounts;

	RpcRequestParser(Accounts accounts) {
		this.accounts = accounts;
	}

	RpcRequest parse(HttpServletRequest servletRequest) {
		Map<String, String> parameters = parameters(servletRequest);
		String authorization = servletRequest.getHeader("Authorization");
		boolean v3 = authorization != null && authorization.startsWith(V3_PREFIX);
		WireFormat requested = v3 ? WireFormat.JSON : WireFormat.parse(parameters.get("Format"));
		String version = firstOf(parameters.get("Version"), servletRequest.getHeader("x-acs-version"));
		Product product = Product.forVersion(version);
		String action = firstOf(parameters.get("Action"), servletRequest.getHeader("x-acs-action"));
		String accessKeyId = v3 ? credential(authorization) : parameters.get("AccessKeyId");
		RpcRequest request = new RpcRequest(parameters, RequestIds.requestId(), action,
				(product != null) ? product : Product.DOMAIN, (requested != null) ? requested : WireFormat.XML,
				Lang.parse(parameters.get("Lang")), accessKeyId, this.accounts.userIdFor(accessKeyId));
		servletRequest.setAttribute(ATTRIBUTE, request);
		if (requested == null) {
			throw new ApiException(ApiError.INVALID_PARAMETER, "Format");
		}
		if (action == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, "Action");
		}
		if (version == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, "Version");
		}
		if (product == null) {
			throw new ApiException(ApiError.INVALID_VERSION);
		}
		return request;
	}

	/**
	 * The call stored by {@link #parse}, or, when parsing never got that far, a default
	 * one (XML, English), stored too so that the log and the reply share its RequestId.
	 */
	static RpcRequest stored(HttpServletRequest servletRequest) {
		Object stored = servletRequest.getAttribute(ATTRIBUTE);
		if (stored instanceof RpcRequest request) {
			return request;
		}
		RpcRequest request = new RpcRequest(Map.of(), RequestIds.requestId(), null, Product.DOMAIN, WireFormat.XML,
				Lang.EN, null, null);
		servletRequest.setAttribute(ATTRIBUTE, request);
		return request;
	}

	private static Map<String, String> parameters(HttpServletRequest servletRequest) {
		Map<String, String[]> raw;
		try {
			raw = servletRequest.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// the container refuses parameters it cannot decode (bad %-escapes, invalid
			// UTF-8)
			Matcher name = UNDECODABLE_PARAMETER.matcher(String.valueOf(ex.getMessage()));
			throw new ApiException(ApiError.INVALID_PARAMETER, name.find() ? name.group(1) : "Parameters");
		}
		Map<String, String> parameters = new HashMap<>(raw.size() * 2);
		raw.forEach((name, values) -> {
			if (values.length > 0) {
				parameters.put(name, values[0]);
			}
		});
		return parameters;
	}

	private static String credential(String authorization) {
		int start = authorization.indexOf("Credential=");
		if (start < 0) {
			return null;
		}
		start += "Credential=".length();
		int end = authorization.indexOf(',', start);
		return authorization.substring(start, (end < 0) ? authorization.length() : end).trim();
	}

	private static String firstOf(String value, String fallback) {
		return (value != null && !value.isEmpty()) ? value
				: ((fallback != null && !fallback.isEmpty()) ? fallback : null);
	}

}
