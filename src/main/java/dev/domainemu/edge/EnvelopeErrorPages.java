package dev.domainemu.edge;

import dev.domainemu.rpc.EdgeProperties;
import dev.domainemu.rpc.ResponseRenderer;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EnvelopeErrorValve} in the place of every error page Tomcat would render.
 * It runs last, so it also replaces the page Spring Boot configures.
 */
@Component
class EnvelopeErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final ResponseRenderer renderer;

	private final EdgeProperties properties;

	EnvelopeErrorPages(ResponseRenderer renderer, EdgeProperties properties) {
		this.renderer = renderer;
		this.properties = properties;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new EnvelopeErrorValve(this.renderer, this.properties));
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(EnvelopeErrorValve.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
