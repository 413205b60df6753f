package dev.domainemu.clock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

import org.springframework.stereotype.Component;

/**
 * Renders instants as the API does: {@code yyyy-MM-dd HH:mm:ss} in the configured zone
 * (Asia/Shanghai by default), next to epoch milliseconds for the {@code *Long} twins.
 * Every reply carries several dates, so the text is composed directly rather than through
 * a {@code DateTimeFormatter}.
 */
@Component
public class TimeFormat {

	private static final long SECONDS_PER_DAY = 86_400;

	private final ZoneRules zone;

	TimeFormat(ClockProperties properties) {
		this.zone = properties.timeZone().getRules();
	}

	public String text(Instant instant) {
		if (instant == null) {
			return null;
		}
		ZoneOffset offset = this.zone.getOffset(instant);
		long local = instant.getEpochSecond() + offset.getTotalSeconds();
		long day = Math.floorDiv(local, SECONDS_PER_DAY);
		int secondOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
		// civil date from days since 1970-01-01 (proleptic Gregorian)
		long z = day + 719_468;
		long era = Math.floorDiv(z, 146_097);
		long dayOfEra = z - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long monthIndex = (5 * dayOfYear + 2) / 153;
		int dayOfMonth = (int) (dayOfYear - (153 * monthIndex + 2) / 5 + 1);
		int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
		long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
		char[] text = new char[19];
		digits(text, 0, (int) year, 4);
		text[4] = '-';
		digits(text, 5, month, 2);
		text[7] = '-';
		digits(text, 8, dayOfMonth, 2);
		text[10] = ' ';
		digits(text, 11, secondOfDay / 3600, 2);
		text[13] = ':';
		digits(text, 14, (secondOfDay / 60) % 60, 2);
		text[16] = ':';
		digits(text, 17, secondOfDay % 60, 2);
		return new String(text);
	}

	/** The start of the day, in the configured zone, that holds the instant. */
	public Instant startOfDay(Instant instant) {
		long local = instant.getEpochSecond() + this.zone.getOffset(instant).getTotalSeconds();
		long dayStartLocal = Math.floorDiv(local, SECONDS_PER_DAY) * SECONDS_PER_DAY;
		Instant guess = Instant.ofEpochSecond(dayStartLocal - this.zone.getOffset(instant).getTotalSeconds());
		return Instant.ofEpochSecond(dayStartLocal - this.zone.getOffset(guess).getTotalSeconds());
	}

	/**
	 * The start of the day after the one, in the configured zone, that holds the instant.
	 */
	public Instant startOfNextDay(Instant instant) {
		return startOfDay(startOfDay(instant).plusSeconds(SECONDS_PER_DAY + 7_200));
	}

	public Long millis(Instant instant) {
		return (instant != null) ? instant.toEpochMilli() : null;
	}

	private static void digits(char[] text, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

}
