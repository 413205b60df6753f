package dev.domainemu.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * How a clock is set: the system clock shifted by {@code offset}, or standing still at
 * {@code frozenAt}; as kept in its database row.
 */
record ClockSetting(Duration offset, Instant frozenAt) {

	static final ClockSetting SYSTEM = new ClockSetting(Duration.ZERO, null);

	static ClockSetting of(long offsetMillis, Long frozenAtMillis) {
		return new ClockSetting(Duration.ofMillis(offsetMillis),
				(frozenAtMillis != null) ? Instant.ofEpochMilli(frozenAtMillis) : null);
	}

	Long frozenAtMillis() {
		return (this.frozenAt != null) ? this.frozenAt.toEpochMilli() : null;
	}

}
