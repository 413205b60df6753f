package dev.domainemu.fault;

import java.time.Instant;
import java.util.SplittableRandom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fault rule: which calls it matches (any of action, domain, instance and current
 * transfer-in Status that are set), what it does to them (an Alibaba error, latency, or
 * both), or which transfer-in step it replaces and the Status it moves to instead; and
 * how often (at most {@code times} firings, each match firing with {@code probability}
 * drawn from a sequence fixed by {@code seed}).
 */
@Entity
@Table(name = "fault_rule")
class FaultRule {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(length = 128)
	private String action;

	@Column(name = "domain_name", length = 255)
	private String domainName;

	@Column(name = "instance_id", length = 64)
	private String instanceId;

	@Column(name = "status_code")
	private Integer status;

	@Column(length = 32)
	private String step;

	@Column(name = "move_to_status")
	private Integer moveToStatus;

	@Column(name = "move_to_result_code", length = 64)
	private String moveToResultCode;

	@Column(name = "error_code", length = 64)
	private String errorCode;

	@Column(name = "error_message", length = 512)
	private String errorMessage;

	@Column(name = "http_status")
	private Integer httpStatus;

	@Column(name = "latency_ms", nullable = false)
	private int latencyMs;

	@Column(name = "times_left")
	private Integer timesLeft;

	private Double probability;

	@Column(nullable = false)
	private long seed;

	@Column(nullable = false)
	private long matches;

	@Column(nullable = false)
	private long fired;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected FaultRule() {
	}

	FaultRule(String userId, FaultSpec spec, Instant createdAt) {
		this.userId = userId;
		this.action = spec.action();
		this.domainName = spec.domainName();
		this.instanceId = spec.instanceId();
		this.status = spec.status();
		this.step = spec.step();
		this.moveToStatus = spec.moveToStatus();
		this.moveToResultCode = spec.moveToResultCode();
		this.errorCode = spec.errorCode();
		this.errorMessage = spec.errorMessage();
		this.httpStatus = spec.httpStatus();
		this.latencyMs = spec.latencyMs();
		this.timesLeft = spec.times();
		this.probability = spec.probability();
		this.seed = spec.seed();
		this.createdAt = createdAt;
	}

	Long id() {
		return this.id;
	}

	boolean belongsTo(String userId) {
		return this.userId.equals(userId);
	}

	/**
	 * Whether the rule's conditions hold for a call (without Status, which costs a
	 * lookup).
	 */
	boolean matches(String userId, String action, CallFacts facts) {
		return belongsTo(userId) && this.step == null && (this.action == null || this.action.equals(action))
				&& (this.domainName == null || facts.domainNames().contains(this.domainName))
				&& (this.instanceId == null || this.instanceId.equals(facts.instanceId()));
	}

	Integer status() {
		return this.status;
	}

	/** Whether the rule replaces a step of this kind for the transfer-in. */
	boolean matchesStep(String kind, String userId, String domainName, String instanceId, int status) {
		return belongsTo(userId) && kind.equals(this.step)
				&& (this.domainName == null || this.domainName.equals(domainName))
				&& (this.instanceId == null || this.instanceId.equals(instanceId))
				&& (this.status == null || this.status == status);
	}

	/**
	 * Counts a match and tells whether it fires: not once {@code times} is used up, and
	 * with {@code probability}, the n-th match drawing the n-th number of the seed's
	 * sequence.
	 */
	boolean fire() {
		if (this.timesLeft != null && this.timesLeft <= 0) {
			return false;
		}
		long draw = this.matches++;
		if (this.probability != null
				&& new SplittableRandom(this.seed + draw * GOLDEN_GAMMA).nextDouble() >= this.probability) {
			return false;
		}
		if (this.timesLeft != null) {
			this.timesLeft--;
		}
		this.fired++;
		return true;
	}

	Fault fault() {
		return new Fault(this.id, this.latencyMs, this.errorCode, this.errorMessage, this.httpStatus);
	}

	FaultRuleView toView() {
		return new FaultRuleView(this.id, this.userId, this.action, this.domainName, this.instanceId, this.status,
				this.step, this.moveToStatus, this.moveToResultCode, this.errorCode, this.errorMessage, this.httpStatus,
				this.latencyMs, this.timesLeft, this.probability, this.seed, this.matches, this.fired, this.createdAt);
	}

}
