package dev.domainemu.clock;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the clock's shared setting before each request is handled, so a request sees a
 * clock change made through another emulator on the same database; not before the health
 * check, which reads no time and must answer when the database does not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ClockRefreshFilter extends OncePerRequestFilter {

	private final EmulatorClock clock;

	ClockRefreshFilter(EmulatorClock clock) {
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "/_emulator/health".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.clock.refresh();
		chain.doFilter(request, response);
	}

}
