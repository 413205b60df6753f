package dev.domainemu.transferin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Instance ids shaped like the API's ({@code S20181T0WLI85212}): {@code S}, the year, and
 * eleven upper-case letters and digits.
 */
final class InstanceIds {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private InstanceIds() {
	}

	static String next(Instant now) {
		StringBuilder id = new StringBuilder(16).append('S').append(now.atZone(ZoneOffset.UTC).getYear());
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 11; i++) {
			id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}
