package dev.domainemu.clock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Renders instants as the API does: {@code yyyy-MM-dd HH:mm:ss} in the configured zone
 * (Asia/Shanghai by default), next to epoch milliseconds for the {@code *Long} twins.
 */
@Component
public class TimeFormat {

	private final DateTimeFormatter formatter;

	TimeFormat(ClockProperties properties) {
		this.formatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(properties.timeZone());
	}

	public String text(Instant instant) {
		return (instant != null) ? this.formatter.format(instant) : null;
	}

	public Long millis(Instant instant) {
		return (instant != null) ? instant.toEpochMilli() : null;
	}

}
