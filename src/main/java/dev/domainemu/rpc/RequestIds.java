package dev.domainemu.rpc;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random UUIDs without the contention of a shared secure random: identifiers, not
 * secrets.
 */
public final class RequestIds {

	private RequestIds() {
	}

	/** A random (version 4) UUID in lower case, as TaskNo values are. */
	public static String lowerCaseUuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	/** A random UUID in upper case, as RequestId values are. */
	static String requestId() {
		return lowerCaseUuid().toUpperCase(Locale.ROOT);
	}

}
