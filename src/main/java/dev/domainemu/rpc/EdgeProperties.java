package dev.domainemu.rpc;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the emulator accepts at its edge.
 *
 * @param maxRpcBody the largest body of an RPC call on {@code /} (413 above it)
 * @param maxControlBody the largest body of a control-plane request, scenarios included
 * (413 above it)
 * @param allowedHosts the names a {@code Host} header may give besides loopback names and
 * IP addresses; {@code *} accepts any (for a container reached by its service name, or
 * behind a proxy)
 */
@ConfigurationProperties("emulator.http")
public record EdgeProperties(@DefaultValue("2MB") DataSize maxRpcBody, @DefaultValue("32MB") DataSize maxControlBody,
		@DefaultValue("") List<String> allowedHosts) {

	public EdgeProperties {
		if (maxRpcBody.toBytes() < 1 || maxControlBody.toBytes() < 1) {
			throw new IllegalArgumentException("emulator.http.max-rpc-body and max-control-body must be positive");
		}
		allowedHosts = allowedHosts.stream().map(String::trim).filter((host) -> !host.isEmpty()).toList();
	}

}
