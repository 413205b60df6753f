package dev.domainemu.transferin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A timeline move waiting for its time. The last one of a transfer-in seeded without
 * {@code hold} releases it to the service's own steps.
 */
@Entity
@Table(name = "transfer_in_timeline")
class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "instance_id", nullable = false, length = 32)
	private String instanceId;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "status_code", nullable = false)
	private int statusCode;

	@Column(name = "result_code", length = 64)
	private String resultCode;

	@Column(nullable = false)
	private boolean releases;

	protected TimelineEntry() {
	}

	TimelineEntry(String instanceId, Instant at, int statusCode, String resultCode, boolean releases) {
		this.instanceId = instanceId;
		this.at = at;
		this.statusCode = statusCode;
		this.resultCode = resultCode;
		this.releases = releases;
	}

	Instant at() {
		return this.at;
	}

	int statusCode() {
		return this.statusCode;
	}

	String resultCode() {
		return this.resultCode;
	}

	boolean releases() {
		return this.releases;
	}

}
