package dev.domainemu.scenario;

import java.io.Serializable;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A scenario that was loaded, by its account and name (each account names its own); what
 * it made is kept as {@link ScenarioItem}s.
 */
@Entity
@Table(name = "scenario")
@IdClass(LoadedScenario.Key.class)
class LoadedScenario {

	@Id
	@Column(name = "user_id", length = 32)
	private String userId;

	@Id
	@Column(length = 64)
	private String name;

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

	/** A scenario's key: its account and name. */
	static class Key implements Serializable {

		private String userId;

		private String name;

		protected Key() {
		}

		Key(String userId, String name) {
			this.userId = userId;
			this.name = name;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.userId, key.userId)
					&& Objects.equals(this.name, key.name);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.userId, this.name);
		}

	}

}
