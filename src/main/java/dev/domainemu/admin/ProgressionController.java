package dev.domainemu.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.domainemu.progression.Progression;
import dev.domainemu.progression.StepPolicies;
import dev.domainemu.progression.StepPolicy;
import dev.domainemu.progression.StepSetting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps the emulator takes on its own, for an account (the default account unless the
 * call names one): each kind's policy and duration, how many wait and how many were given
 * up, and running waiting steps now. Another account's policies and steps are not
 * touched.
 */
@RestController
@RequestMapping("/_emulator/progression")
class ProgressionController {

	private final Progression progression;

	private final StepPolicies policies;

	ProgressionController(Progression progression, StepPolicies policies) {
		this.progression = progression;
		this.policies = policies;
	}

	@GetMapping
	Map<String, AdminRequests.StepState> progression(Caller caller) {
		String account = caller.userId();
		Map<String, Long> pending = this.policies.pending(account);
		Map<String, Long> failed = this.policies.failed(account);
		Map<String, AdminRequests.StepState> steps = new LinkedHashMap<>();
		this.policies.settings(account)
			.forEach((kind, setting) -> steps.put(kind,
					AdminRequests.StepState.of(setting, pending.get(kind), failed.get(kind))));
		return steps;
	}

	/**
	 * Changes the policies of the steps named in the body, all or none: every entry is
	 * checked before any is applied.
	 */
	@PutMapping
	Map<String, AdminRequests.StepState> setProgression(Caller caller,
			@RequestBody Map<String, AdminRequests.StepChange> request) {
		String account = caller.userId();
		if (request == null || request.isEmpty()) {
			throw AdminException.badField("steps", "name at least one step: " + this.policies.kinds());
		}
		Map<String, StepSetting> changes = new LinkedHashMap<>();
		request.forEach((kind, change) -> {
			requireStep(kind, kind);
			changes.put(kind, change(kind, change, this.policies.setting(account, kind)));
		});
		changes.forEach((kind, setting) -> this.policies.update(account, kind, setting));
		return progression(caller);
	}

	/**
	 * Runs now the waiting steps of a kind, all of them or those of one target (an
	 * InstanceId, or a TaskDetailNo for task steps), whatever their policy.
	 */
	@PostMapping("/{kind}/run")
	Map<String, Integer> runSteps(Caller caller, @PathVariable String kind,
			@RequestParam(required = false) String target) {
		requireStep(kind, "kind");
		return Map.of("ran", this.progression.runNow(caller.userId(), kind, target));
	}

	private void requireStep(String kind, String field) {
		if (!this.policies.hasKind(kind)) {
			throw new AdminException(HttpStatus.NOT_FOUND, field,
					kind + ": no such step; the steps are " + this.policies.kinds());
		}
	}

	private static StepSetting change(String kind, AdminRequests.StepChange change, StepSetting current) {
		if (change == null) {
			throw AdminException.badField(kind, "give a policy, seconds, or both");
		}
		StepPolicy policy = current.policy();
		if (change.policy() != null) {
			policy = StepPolicy.ofLabel(change.policy());
			if (policy == null) {
				throw AdminException.badField(kind + ".policy",
						"'" + change.policy() + "' is not immediate, timed or manual");
			}
		}
		Duration duration = current.duration();
		if (change.seconds() != null) {
			if (!(change.seconds() >= 0) || change.seconds() > AdminRequests.MAX_SECONDS) {
				throw AdminException.badField(kind + ".seconds",
						"must be from 0 to " + (long) AdminRequests.MAX_SECONDS + " (100 years)");
			}
			duration = Duration.ofMillis(Math.round(change.seconds() * 1000));
		}
		return new StepSetting(policy, duration);
	}

}
