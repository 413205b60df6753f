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
 * A time-driven step that falls due at a point of emulator time: a kind (which
 * {@link StepHandler} runs it) and a target (what it moves).
 */
@Entity
@Table(name = "scheduled_step", indexes = @Index(name = "ix_scheduled_step_due", columnList = "due_at, id"))
class ScheduledStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	@Column(nullable = false, length = 64)
	private String kind;

	@Column(nullable = false, length = 128)
	private String target;

	protected ScheduledStep() {
	}

	ScheduledStep(Instant dueAt, String kind, String target) {
		this.dueAt = dueAt;
		this.kind = kind;
		this.target = target;
	}

	Long id() {
		return this.id;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	String kind() {
		return this.kind;
	}

	String target() {
		return this.target;
	}

}
