package dev.domainemu.edge;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ControlPlaneErrors;
import dev.domainemu.rpc.EdgeProperties;
import dev.domainemu.rpc.ResponseRenderer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The checks every request passes before anything else reads it:
 * <ul>
 * <li>its {@code Host} is one the emulator answers to ({@link AllowedHosts}): 403;</li>
 * <li>its body is within the limit, by {@code Content-Length} and while it is read:
 * 413;</li>
 * <li>on {@code /}, only {@code GET} and {@code POST} (and {@code HEAD}) are calls: any
 * other method is {@code InvalidAction.NotFound}, in the caller's format;</li>
 * <li>on {@code /_emulator}, a request that changes something refuses to come from
 * another site ({@code Origin} or {@code Sec-Fetch-Site}): 403; a body must be JSON (or
 * YAML): 415; {@code OPTIONS} (a browser's pre-flight) is 405; and {@code Accept} is
 * ignored, as every reply is JSON.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EdgeFilter extends OncePerRequestFilter {

	private static final Set<String> RPC_METHODS = Set.of("GET", "POST", "HEAD");

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

	/** Served to browsers: HTML, scripts and the description, negotiated as usual. */
	private static final Set<String> NEGOTIATED = Set.of(ControlPlaneErrors.PREFIX + "/ui",
			ControlPlaneErrors.PREFIX + "/swagger-ui", ControlPlaneErrors.PREFIX + "/openapi");

	private final ResponseRenderer renderer;

	private final AllowedHosts hosts;

	private final long maxRpcBody;

	private final long maxControlBody;

	EdgeFilter(ResponseRenderer renderer, EdgeProperties properties) {
		this.renderer = renderer;
		this.hosts = new AllowedHosts(properties.allowedHosts());
		this.maxRpcBody = properties.maxRpcBody().toBytes();
		this.maxControlBody = properties.maxControlBody().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ControlPlaneErrors.isControlPlane(request)) {
			controlPlane(request, response, chain);
		}
		else {
			rpc(request, response, chain);
		}
	}

	private void rpc(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String host = request.getHeader(HttpHeaders.HOST);
		if (!this.hosts.allows(host)) {
			this.renderer.error(request, ApiError.HOST_NOT_ALLOWED, AllowedHosts.name(host)).writeTo(response);
		}
		else if (!RPC_METHODS.contains(request.getMethod())) {
			this.renderer.error(request, ApiError.ACTION_NOT_FOUND, null).writeTo(response);
		}
		else if (request.getContentLengthLong() > this.maxRpcBody) {
			this.renderer.error(request, ApiError.REQUEST_TOO_LARGE, String.valueOf(this.maxRpcBody)).writeTo(response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private void controlPlane(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = refusal(request);
		if (refusal != null) {
			ControlPlaneErrors.write(response, refusal.status(), refusal.field() + ": " + refusal.message(),
					refusal.field());
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.maxControlBody, negotiated(request)), response);
	}

	/** Why a control-plane request is refused. */
	private record Refusal(int status, String field, String message) {
	}

	/** Why the request is refused, or {@code null}. */
	private Refusal refusal(HttpServletRequest request) {
		String host = request.getHeader(HttpHeaders.HOST);
		if (!this.hosts.allows(host)) {
			return new Refusal(403, "Host", AllowedHosts.name(host)
					+ " is not a name this emulator answers to; add it to emulator.http.allowed-hosts");
		}
		String method = request.getMethod();
		if (method.equals("OPTIONS")) {
			return new Refusal(405, "method",
					"OPTIONS is not supported; the control plane does not answer cross-origin requests");
		}
		if (READ_METHODS.contains(method)) {
			return null;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin != null && !sameOrigin(origin, host)) {
			return new Refusal(403, "Origin", origin + " is another site; the control plane only takes changes "
					+ "from its own pages or from clients that are not browsers");
		}
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
			return new Refusal(403, "Sec-Fetch-Site", "a " + site + " request; the control plane only takes "
					+ "changes from its own pages or from clients that are not browsers");
		}
		if (request.getContentLengthLong() > this.maxControlBody) {
			return new Refusal(413, "body", "larger than the " + this.maxControlBody + " bytes accepted");
		}
		if (hasBody(request) && !readable(request.getContentType())) {
			return new Refusal(415, "Content-Type",
					"send the body as application/json"
							+ (request.getRequestURI().startsWith(ControlPlaneErrors.PREFIX + "/scenarios")
									? " or application/yaml" : "")
							+ ", not "
							+ ((request.getContentType() != null) ? request.getContentType() : "without a type"));
		}
		return null;
	}

	private static boolean sameOrigin(String origin, String host) {
		int scheme = origin.indexOf("://");
		return host != null && scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host.trim());
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private static boolean readable(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		int semicolon = type.indexOf(';');
		type = ((semicolon >= 0) ? type.substring(0, semicolon) : type).trim();
		return type.equals("application/json") || type.endsWith("+json") || type.equals("application/yaml")
				|| type.equals("application/x-yaml") || type.equals("text/yaml") || type.equals("text/x-yaml");
	}

	private static boolean negotiated(HttpServletRequest request) {
		String uri = request.getRequestURI();
		for (String prefix : NEGOTIATED) {
			if (uri.equals(prefix) || uri.startsWith(prefix + "/") || uri.startsWith(prefix + ".")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The request as the control plane reads it: its body stops with
	 * {@link BodyTooLargeException} past the limit, and, unless it is for the browsable
	 * pages, it accepts only JSON.
	 */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private final boolean negotiated;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit, boolean negotiated) {
			super(request);
			this.limit = limit;
			this.negotiated = negotiated;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		@Override
		public String getHeader(String name) {
			return (!this.negotiated && HttpHeaders.ACCEPT.equalsIgnoreCase(name)) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return (!this.negotiated && HttpHeaders.ACCEPT.equalsIgnoreCase(name)) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		LimitedInputStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(jakarta.servlet.ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
