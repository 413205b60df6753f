package dev.domainemu.edge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names a {@code Host} header may give: loopback names ({@code localhost} and
 * {@code *.localhost}), any IP address, and those configured; {@code *} accepts any. A
 * page served from another name that resolves to the emulator (DNS rebinding) is so
 * refused. A request without a {@code Host} (HTTP/1.0) is not from a browser and passes.
 */
final class AllowedHosts {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final boolean any;

	private final Set<String> names;

	AllowedHosts(Iterable<String> configured) {
		Set<String> names = new java.util.HashSet<>();
		configured.forEach((name) -> names.add(name.toLowerCase(Locale.ROOT)));
		this.any = names.contains("*");
		this.names = names.stream().filter((name) -> !name.equals("*")).collect(Collectors.toUnmodifiableSet());
	}

	boolean allows(String hostHeader) {
		if (this.any || hostHeader == null || hostHeader.isEmpty()) {
			return true;
		}
		String host = name(hostHeader);
		if (host.startsWith("[") || IPV4.matcher(host).matches()) {
			return true;
		}
		return host.equals("localhost") || host.endsWith(".localhost") || this.names.contains(host);
	}

	/** The host name of a {@code Host} header, port left out, lower case. */
	static String name(String hostHeader) {
		String host = hostHeader.trim().toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			int close = host.indexOf(']');
			return (close > 0) ? host.substring(0, close + 1) : host;
		}
		int colon = host.lastIndexOf(':');
		host = (colon >= 0) ? host.substring(0, colon) : host;
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}

}
