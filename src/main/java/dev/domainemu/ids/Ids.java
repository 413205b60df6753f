package dev.domainemu.ids;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Component;

/**
 * The identifiers the emulator hands out, shaped like the API's: random by default
 * (without the contention of a shared secure random: identifiers, not secrets), or drawn
 * from a seeded sequence that starts again at each reset ({@code emulator.ids.seed}).
 * With a seed the identifiers depend only on the order of the calls since the reset, so
 * they are repeatable for one caller at a time; emulators that share a database must not
 * share a seed.
 */
@Component
public class Ids {

	private static final String INSTANCE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private final Long seed;

	private SplittableRandom seeded;

	Ids(IdProperties properties) {
		this.seed = properties.seed();
		restart();
	}

	/** A fresh generator of the seed, or none. */
	public final synchronized void restart() {
		this.seeded = (this.seed != null) ? new SplittableRandom(this.seed) : null;
	}

	/**
	 * A version 4 UUID in lower case, as TaskNo and TaskDetailNo values are
	 * ({@code 3cb1adc3-20e8-44ae-9e76-e812fa6fc9d8}).
	 */
	public String taskNo() {
		return draw(Ids::uuid);
	}

	/** A UUID in upper case, as RequestId values are. */
	public String requestId() {
		return taskNo().toUpperCase(Locale.ROOT);
	}

	/**
	 * A random RequestId, seed or not: for a reply to a request refused before it was
	 * read (at the edge), which is no call of the sequence.
	 */
	public static String randomRequestId() {
		return uuid(ThreadLocalRandom.current()).toUpperCase(Locale.ROOT);
	}

	/**
	 * An instance id ({@code S20181T0WLI85212}): {@code S}, the year of the given instant
	 * in UTC, and eleven upper-case letters and digits.
	 */
	public String instanceId(Instant now) {
		String year = Integer.toString(now.atZone(ZoneOffset.UTC).getYear());
		return draw((random) -> {
			StringBuilder id = new StringBuilder(16).append('S').append(year);
			for (int i = 0; i < 11; i++) {
				id.append(INSTANCE_ALPHABET.charAt(random.nextInt(INSTANCE_ALPHABET.length())));
			}
			return id.toString();
		});
	}

	private String draw(Function<RandomGenerator, String> id) {
		if (this.seed == null) {
			return id.apply(ThreadLocalRandom.current());
		}
		synchronized (this) {
			return id.apply(this.seeded);
		}
	}

	private static String uuid(RandomGenerator random) {
		long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

}
