package dev.domainemu.parallel;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.domainemu.EmulatorApplication;
import dev.domainemu.support.Admin;
import io.restassured.specification.RequestSpecification;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One emulator shared by every test class of the parallel suite, which run at the same
 * time: the one at {@code -Demulator.url} when given, else one started in this JVM on a
 * free port. Nothing here resets it or sets the clock back: each test keeps to its own
 * domain names and fault rules, and only ever moves the clock forward.
 */
final class SharedEmulator {

	/**
	 * Tells this run's names apart from those of earlier runs against the same emulator.
	 */
	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

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
				context = new SpringApplicationBuilder(EmulatorApplication.class).run("--server.port=0");
				url = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
				Runtime.getRuntime().addShutdownHook(new Thread(context::close));
			}
		}
		return url;
	}

	/** host:port, as the SDKs take it. */
	static String endpoint() {
		return url().replaceFirst("^https?://", "");
	}

	/** A domain name no other test (or earlier run) uses: {@code <label>-<run>.com}. */
	static String domain(String label) {
		return (label + "-" + RUN + ".com").toLowerCase(Locale.ROOT);
	}

	static RequestSpecification admin() {
		return Admin.at(url());
	}

	static RequestSpecification admin(Object body) {
		return Admin.at(url(), body);
	}

	/** Moves the shared clock forward (never back: other tests rely on it). */
	static void advanceSeconds(double seconds) {
		admin(Map.of("seconds", seconds)).post("/_emulator/clock/advance").then().statusCode(200);
	}

}
