package dev.domainemu.scenario;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scenario that was loaded, by name; what it made is kept as {@link ScenarioItem}s. */
@Entity
@Table(name = "scenario")
class LoadedScenario {

	@Id
	@Column(length = 64)
	private String name;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(nullable = false, length = 255)
	private String source;

	@Column(name = "loaded_at", nullable = false)
	private Instant loadedAt;

	protected LoadedScenario() {
	}

	LoadedScenario(String name, String userId, String source, Instant loadedAt) {
		this.name = name;
		this.userId = userId;
		this.source = source;
		this.loadedAt = loadedAt;
	}

	String name() {
		return this.name;
	}

	String userId() {
		return this.userId;
	}

	String source() {
		return this.source;
	}

	Instant loadedAt() {
		return this.loadedAt;
	}

}
