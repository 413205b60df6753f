package dev.domainemu.clock;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations people write in scenarios and control-plane requests: {@code 90s},
 * {@code 2m}, {@code 1h30m}, {@code 5d}, {@code 250ms}, a bare number of seconds, or
 * ISO-8601 ({@code PT2M}, {@code P1D}).
 */
public final class Durations {

	/** Longer than any workflow the emulator models, short enough for every database. */
	private static final Duration MAX = Duration.ofDays(3650);

	private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|d|h|m|s)");

	private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(\\.\\d{1,3})?");

	private Durations() {
	}

	/**
	 * The duration the text names, or {@code null} when it names none (or one that is
	 * negative or longer than ten years).
	 */
	public static Duration parse(String text) {
		if (text == null) {
			return null;
		}
		String value = text.trim();
		if (value.isEmpty()) {
			return null;
		}
		Duration parsed = (value.charAt(0) == 'P' || value.charAt(0) == 'p') ? iso(value) : simple(value);
		return (parsed != null && !parsed.isNegative() && parsed.compareTo(MAX) <= 0) ? parsed : null;
	}

	private static Duration iso(String value) {
		try {
			return Duration.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Duration simple(String value) {
		if (SECONDS.matcher(value).matches()) {
			return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
		}
		Matcher matcher = PART.matcher(value);
		Duration total = Duration.ZERO;
		int end = 0;
		while (matcher.lookingAt()) {
			long amount = Long.parseLong(matcher.group(1));
			total = total.plus(switch (matcher.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			});
			end = matcher.end();
			matcher.region(end, value.length());
		}
		return (end > 0 && end == value.length()) ? total : null;
	}

}
