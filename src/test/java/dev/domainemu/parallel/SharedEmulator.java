package dev.domainemu.parallel;

import java.util.Map;

import dev.domainemu.EmulatorApplication;
import dev.domainemu.support.Admin;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One emulator shared by every test class of the parallel suite, which run at the same
 * time: the one at {@code -Demulator.url} when given (it must give unknown keys accounts
 * of their own: {@code emulator.accounts.unknown-keys=isolated}), else one started so in
 * this JVM on a free port. Each test works in a {@link Namespace} of its own.
 */
final class SharedEmulator {

	private static String url;

	private static ConfigurableApplicationContext context;

	private SharedEmulator() {
	}

	/** The emulator's base URL, starting it on first use when none was given. */
	static synchronized String url() {
		if (url == null) {
			String given = System.getProperty("emulator.url", "");
			if (!given.isBlank()) {
				url = given.replaceAll("/+$", "");
			}
			else {
				context = new SpringApplicationBuilder(EmulatorApplication.class).run("--server.port=0",
						"--emulator.accounts.unknown-keys=isolated");
				url = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
				Runtime.getRuntime().addShutdownHook(new Thread(context::close));
			}
			requireIsolatedKeys();
		}
		return url;
	}

	/** Fails at once, saying why, when random keys would share one account. */
	private static void requireIsolatedKeys() {
		String first = Namespace.randomKey();
		Admin.at(url, Map.of("domainName", "probe.com"))
			.queryParam("accessKeyId", first)
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
		boolean shared = !Admin.at(url)
			.queryParam("accessKeyId", Namespace.randomKey())
			.get("/_emulator/domains")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("$")
			.isEmpty();
		Admin.at(url).queryParam("accessKeyId", first).post("/_emulator/reset").then().statusCode(204);
		if (shared) {
			throw new IllegalStateException("The emulator at " + url + " gives unknown access keys one shared account;"
					+ " the parallel suite needs each to have its own: start it with"
					+ " EMULATOR_ACCOUNTS_UNKNOWN_KEYS=isolated");
		}
	}

	/** host:port, as the SDKs take it. */
	static String endpoint() {
		return url().replaceFirst("^https?://", "");
	}

}
