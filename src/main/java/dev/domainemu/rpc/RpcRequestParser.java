package dev.domainemu.rpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dev.domainemu.account.Accounts;
import dev.domainemu.account.KeyRecord;
import dev.domainemu.account.UnknownAccessKeyException;
import dev.domainemu.ids.Ids;
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

	private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9.]{1,64}");

	private static final String FORM = "application/x-www-form-urlencoded";

	private final Accounts accounts;

	private final long maxBody;

	private final Ids ids;

	private final SignatureCheck signatures;

	RpcRequestParser(Accounts accounts, EdgeProperties edge, Ids ids, SignatureCheck signatures) {
		this.signatures = signatures;
		this.accounts = accounts;
		this.ids = ids;
		this.maxBody = edge.maxRpcBody().toBytes();
	}

	RpcRequest parse(HttpServletRequest servletRequest) {
		FormParameters form = new FormParameters();
		form.read(servletRequest.getQueryString());
		// a V3 signature covers the query alone
		Map<String, String> query = (this.signatures.active() && isV3(servletRequest)) ? new HashMap<>(form.values())
				: null;
		String formBody = null;
		if ("POST".equals(servletRequest.getMethod()) && isForm(servletRequest.getContentType())) {
			formBody = body(servletRequest);
			form.read(formBody);
		}
		RpcRequest read = request(servletRequest, form.values(), this.ids.requestId());
		// until the key is resolved, a refusal is journaled for the account the key is
		// registered for, else the default one
		RpcRequest request = read.forAccount(
				this.accounts.key(read.accessKeyId()).map(KeyRecord::userId).orElse(this.accounts.defaultUserId()));
		servletRequest.setAttribute(ATTRIBUTE, request);
		if (form.problem() != null) {
			throw new ApiException(ApiError.MALFORMED_REQUEST, form.problem());
		}
		if (form.undecodable() != null) {
			throw PARAMETER_NAME.matcher(form.undecodable()).matches()
					? new ApiException(ApiError.INVALID_PARAMETER, form.undecodable()) : new ApiException(
							ApiError.MALFORMED_REQUEST, "a parameter value is not valid percent-encoded UTF-8");
		}
		if (!isV3(servletRequest) && WireFormat.parse(form.values().get("Format")) == null) {
			throw new ApiException(ApiError.INVALID_PARAMETER, "Format");
		}
		if (request.action() == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, "Action");
		}
		String version = version(servletRequest, form.values());
		if (version == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, "Version");
		}
		if (Product.forVersion(version) == null) {
			throw new ApiException(ApiError.INVALID_VERSION);
		}
		if (this.signatures.active()) {
			// only a V3 signature covers the body's bytes
			String signed = !isV3(servletRequest) ? "" : (formBody != null) ? formBody : body(servletRequest);
			request.signatureMismatch(this.signatures.check(servletRequest, form.values(), query,
					signed.getBytes(StandardCharsets.ISO_8859_1)));
		}
		RpcRequest resolved = request.forAccount(userId(request.accessKeyId()));
		servletRequest.setAttribute(ATTRIBUTE, resolved);
		return resolved;
	}

	/** The account the call's key acts for; refused as the API refuses a key it lacks. */
	private String userId(String accessKeyId) {
		try {
			return this.accounts.userIdFor(accessKeyId);
		}
		catch (UnknownAccessKeyException ex) {
			throw ex.missing() ? new ApiException(ApiError.MISSING_PARAMETER, "AccessKeyId")
					: new ApiException(ApiError.ACCESS_KEY_NOT_FOUND);
		}
	}

	/**
	 * The call as far as it can be read: XML when {@code Format} names no format, the
	 * Domain product when {@code Version} names none, no account when none is given.
	 */
	private static RpcRequest request(HttpServletRequest servletRequest, Map<String, String> parameters,
			String requestId) {
		String authorization = servletRequest.getHeader("Authorization");
		boolean v3 = isV3(servletRequest);
		WireFormat requested = v3 ? WireFormat.JSON : WireFormat.parse(parameters.get("Format"));
		Product product = Product.forVersion(version(servletRequest, parameters));
		String action = firstOf(parameters.get("Action"), servletRequest.getHeader("x-acs-action"));
		String accessKeyId = v3 ? credential(authorization) : parameters.get("AccessKeyId");
		return new RpcRequest(parameters, requestId, action, (product != null) ? product : Product.DOMAIN,
				(requested != null) ? requested : WireFormat.XML, Lang.parse(parameters.get("Lang")), accessKeyId,
				null);
	}

	/**
	 * The form body, read up to the limit: {@code RequestEntityTooLarge} beyond it (a
	 * declared length beyond it was refused before, by the edge filter). Its bytes are
	 * kept one character each, for {@link FormParameters} to decode as UTF-8.
	 */
	private String body(HttpServletRequest servletRequest) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try (InputStream in = servletRequest.getInputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				if (bytes.size() + read > this.maxBody) {
					throw new ApiException(ApiError.REQUEST_TOO_LARGE, String.valueOf(this.maxBody));
				}
				bytes.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			// a client that stalls past server.tomcat.connection-timeout, or goes away
			throw new ApiException(ApiError.MALFORMED_REQUEST, "the body did not arrive whole in time");
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	private static boolean isV3(HttpServletRequest servletRequest) {
		String authorization = servletRequest.getHeader("Authorization");
		return authorization != null && authorization.startsWith(V3_PREFIX);
	}

	private static String version(HttpServletRequest servletRequest, Map<String, String> parameters) {
		return firstOf(parameters.get("Version"), servletRequest.getHeader("x-acs-version"));
	}

	private static boolean isForm(String contentType) {
		return contentType != null && contentType.regionMatches(true, 0, FORM, 0, FORM.length());
	}

	/**
	 * The call stored by {@link #parse}, or, when parsing never got that far, the call as
	 * its raw query and headers describe it (its {@code Format}, {@code Lang} and
	 * version, XML and English by default), stored too so that the log and the reply
	 * share its RequestId.
	 */
	static RpcRequest stored(HttpServletRequest servletRequest) {
		Object stored = servletRequest.getAttribute(ATTRIBUTE);
		if (stored instanceof RpcRequest request) {
			return request;
		}
		FormParameters query = new FormParameters();
		try {
			query.read(servletRequest.getQueryString());
		}
		catch (RuntimeException ex) {
			// a request the container could not parse may have no query to read
		}
		RpcRequest request = request(servletRequest, query.values(), Ids.randomRequestId());
		servletRequest.setAttribute(ATTRIBUTE, request);
		return request;
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
