package dev.domainemu.progression;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A time-driven step: a kind (which {@link StepHandler} runs it), a target (what it
 * moves), the emulator time it was scheduled from, and the time it falls due under its
 * kind's policy ({@code null} while a manual step waits to be run).
 */
@Entity
@Table(name = "scheduled_step",
		indexes = { @Index(name = "ix_scheduled_step_due", columnList = "due_at, id"),
				@Index(name = "ix_scheduled_step_kind", columnList = "kind, target"),
				@Index(name = "ix_scheduled_step_target", columnList = "target") })
class ScheduledStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "origin", nullable = false)
	private Instant origin;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(nullable = false, length = 64)
	private String kind;

	@Column(nullable = false, length = 128)
	private String target;

	protected ScheduledStep() {
	}

	ScheduledStep(Instant origin, Instant dueAt, String kind, String target) {
		this.origin = origin;
		this.dueAt = dueAt;
		this.kind = kind;
		this.target = target;
	}

	Long id() {
		return this.id;
	}

	Instant origin() {
		return this.origin;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	void retime(Instant dueAt) {
		this.dueAt = dueAt;
	}

	String kind() {
		return this.kind;
	}

	String target() {
		return this.target;
	}

}
