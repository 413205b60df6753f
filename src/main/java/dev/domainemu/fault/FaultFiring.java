package dev.domainemu.fault;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One time a rule fired: when, on which call.
 */
@Entity
@Table(name = "fault_firing")
class FaultFiring {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rule_id", nullable = false)
	private long ruleId;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "request_id", length = 64)
	private String requestId;

	@Column(nullable = false, length = 128)
	private String action;

	protected FaultFiring() {
	}

	FaultFiring(long ruleId, String userId, Instant at, String requestId, String action) {
		this.ruleId = ruleId;
		this.userId = userId;
		this.at = at;
		this.requestId = requestId;
		this.action = action;
	}

	Long id() {
		return this.id;
	}

	FaultFiringView toView() {
		return new FaultFiringView(this.ruleId, this.userId, this.at, this.requestId, this.action);
	}

}
