package dev.domainemu.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import dev.domainemu.rpc.ControlPlaneErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code emulator.admin.token} set, refuses a control-plane call without
 * {@code Authorization: Bearer <token>}: {@code 401} with a JSON message, before anything
 * is read or changed. The health check, the API description and its UI pages stay open
 * (the UI sends the token once it is entered under "Authorize").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AdminTokenFilter extends OncePerRequestFilter {

	private final byte[] expected;

	AdminTokenFilter(AdminProperties properties) {
		this.expected = properties.guarded() ? ("Bearer " + properties.token()).getBytes(StandardCharsets.UTF_8) : null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.expected == null || !ControlPlaneErrors.isControlPlane(request)) {
			return true;
		}
		String path = request.getRequestURI();
		return ("GET".equals(request.getMethod()) && path.equals(ControlPlaneErrors.PREFIX + "/health"))
				|| path.startsWith(ControlPlaneErrors.PREFIX + "/ui")
				|| path.startsWith(ControlPlaneErrors.PREFIX + "/openapi");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader("Authorization");
		if (given != null && MessageDigest.isEqual(this.expected, given.getBytes(StandardCharsets.UTF_8))) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Bearer");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream()
			.write(ControlPlaneErrors.body((given == null) ? "Authorization: the control plane needs a Bearer token"
					: "Authorization: the token is not the control plane's", "Authorization"));
	}

}
