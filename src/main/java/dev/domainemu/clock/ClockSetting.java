package dev.domainemu.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * How the clock is set: the system clock shifted by {@code offset}, or standing still at
 * {@code frozenAt}; as kept in its database row.
 */
record ClockSetting(Duration offset, Instant frozenAt) {

	static ClockSetting of(ClockRow row) {
		return new ClockSetting(Duration.ofMillis(row.offsetMillis()),
				(row.frozenAtMillis() != null) ? Instant.ofEpochMilli(row.frozenAtMillis()) : null);
	}

	ClockRow row() {
		return new ClockRow(this.offset.toMillis(), (this.frozenAt != null) ? this.frozenAt.toEpochMilli() : null);
	}

}
