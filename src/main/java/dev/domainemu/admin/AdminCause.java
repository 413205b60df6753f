package dev.domainemu.admin;

import java.util.List;

import dev.domainemu.journal.Cause;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks status changes made while a control-plane request is handled as caused by the
 * admin (the steps a clock move runs still count as the clock's).
 */
@Configuration(proxyBeanMethods = false)
class AdminCause implements WebMvcConfigurer {

	private final CallerResolver callers;

	AdminCause(CallerResolver callers) {
		this.callers = callers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.callers);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Cause.set(Cause.ADMIN);
				return true;
			}

			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				Cause.restore(null);
			}

		}).addPathPatterns("/_emulator/**");
	}

}
