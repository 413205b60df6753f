package dev.domainemu.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The clock's setting as the database keeps it, one row for every emulator sharing the
 * database: the offset from system time in milliseconds, or the instant it stands still
 * at.
 */
@Entity
@Table(name = "emulator_clock")
class ClockRow {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(name = "offset_ms", nullable = false)
	private long offsetMillis;

	@Column(name = "frozen_at")
	private Long frozenAtMillis;

	protected ClockRow() {
	}

	ClockRow(long offsetMillis, Long frozenAtMillis) {
		this.id = ID;
		this.offsetMillis = offsetMillis;
		this.frozenAtMillis = frozenAtMillis;
	}

	long offsetMillis() {
		return this.offsetMillis;
	}

	Long frozenAtMillis() {
		return this.frozenAtMillis;
	}

}
