package dev.domainemu.admin;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.account.Accounts;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.domain.DomainService;
import dev.domainemu.paging.Window;
import dev.domainemu.progression.Progression;
import dev.domainemu.progression.StepPolicy;
import dev.domainemu.progression.StepSetting;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.registrar.RegistrarView;
import dev.domainemu.rpc.ActionRegistry;
import dev.domainemu.scenario.BulkSeed;
import dev.domainemu.scenario.BulkSeeding;
import dev.domainemu.scenario.Scenario;
import dev.domainemu.scenario.Seeds;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.storage.Totals;
import dev.domainemu.transferin.OutboxMailRecord;
import dev.domainemu.transferin.TransferInMailService;
import dev.domainemu.transferin.TimelineMove;
import dev.domainemu.transferin.IllegalTransitionException;
import dev.domainemu.transferin.TransferInEvent;
import dev.domainemu.transferin.TransferInRecord;
import dev.domainemu.transferin.TransferInService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The control plane for tests and QA under {@code /_emulator}, in plain camelCase JSON.
 * It acts through the same services as the RPC actions.
 */
@RestController
@RequestMapping("/_emulator")
class AdminController {

	private final Accounts accounts;

	private final DomainService domains;

	private final TransferInService transfers;

	private final Progression progression;

	private final EmulatorClock clock;

	private final RegistrarService registrar;

	private final TransferInMailService mail;

	private final ActionRegistry actions;

	private final EmulatorReset reset;

	private final BulkSeeding bulk;

	private final ChangeGate gate;

	private final Totals totals;

	AdminController(Accounts accounts, DomainService domains, TransferInService transfers, Progression progression,
			EmulatorClock clock, RegistrarService registrar, TransferInMailService mail, ActionRegistry actions,
			EmulatorReset reset, BulkSeeding bulk, ChangeGate gate, Totals totals) {
		this.totals = totals;
		this.gate = gate;
		this.bulk = bulk;
		this.accounts = accounts;
		this.domains = domains;
		this.transfers = transfers;
		this.progression = progression;
		this.clock = clock;
		this.registrar = registrar;
		this.mail = mail;
		this.actions = actions;
		this.reset = reset;
	}

	/**
	 * The Domain API's actions: those this emulator implements and those it does not yet.
	 */
	@GetMapping("/actions")
	Map<String, Object> actions() {
		return Map.of("implemented", this.actions.actions(), "notImplemented", this.actions.notImplemented());
	}

	@PostMapping("/domains")
	ResponseEntity<DomainRecord> addDomain(@RequestBody Scenario.Domain request,
			@RequestParam(required = false) String account) {
		DomainSeed seed = Seeds.domain(request);
		DomainRecord stored = this.gate.together(() -> this.domains.add(this.accounts.orDefault(account), seed));
		if (stored == null) {
			throw new AdminException(HttpStatus.CONFLICT, "domainName",
					"domainName: " + seed.domainName() + " is already held");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(stored);
	}

	/**
	 * Seeds a transfer-in in any documented Status, optionally held or with a timeline
	 * ({@code [{"after": "2m", "status": 29}]}).
	 */
	@PostMapping("/transfer-ins")
	ResponseEntity<TransferInView> addTransferIn(@RequestBody Scenario.TransferIn request,
			@RequestParam(required = false) String account) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(TransferInView.of(this.gate
				.together(() -> this.transfers.seed(this.accounts.orDefault(account), Seeds.transferIn(request)))));
	}

	/**
	 * Loads many entries at once, for scale tests and benchmarks: {@code count} held
	 * domains {@code <prefix>-<n>.com} (with a pending task each when {@code tasks} is
	 * given) and {@code count} transfer-ins of {@code <prefix>-in-<n>.com} (when
	 * {@code transferIns} is given), all made now, in batched writes; not journaled.
	 */
	@PostMapping("/bulk")
	ResponseEntity<BulkSeed.Made> bulk(@RequestBody BulkSeed request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.gate.together(() -> this.bulk.load(request)));
	}

	/**
	 * Holds a transfer-in ({@code {"held": true}}: the service's own steps leave it where
	 * it is) or releases it, what its status waits for set in motion again.
	 */
	@PutMapping("/transfer-ins/{instanceId}/hold")
	TransferInView hold(@PathVariable String instanceId, @RequestBody AdminRequests.Hold request,
			@RequestParam(required = false) String account) {
		if (request.held() == null) {
			throw AdminException.badField("held", "is required: true or false");
		}
		TransferInRecord transfer = this.gate
			.together(() -> this.transfers.hold(this.accounts.orDefault(account), instanceId, request.held()));
		if (transfer == null) {
			throw AdminException.noTransferIn(instanceId);
		}
		return TransferInView.of(transfer);
	}

	/** The timeline moves still to come for a transfer-in, in time order. */
	@GetMapping("/transfer-ins/{instanceId}/timeline")
	List<AdminRequests.TimelineState> timeline(@PathVariable String instanceId,
			@RequestParam(required = false) String account) {
		List<TimelineMove> moves = this.transfers.pendingTimeline(this.accounts.orDefault(account), instanceId);
		if (moves == null) {
			throw AdminException.noTransferIn(instanceId);
		}
		return moves.stream().map(AdminRequests.TimelineState::of).toList();
	}

	/**
	 * Moves a transfer-in by an event through the transition table: {@code 404} for an
	 * unknown instance, {@code 409} naming the refused move.
	 */
	@PostMapping("/transfer-ins/{instanceId}/events")
	TransferInView move(@PathVariable String instanceId, @RequestBody AdminRequests.Move request,
			@RequestParam(required = false) String account) {
		TransferInEvent event = null;
		if (request.event() != null) {
			for (TransferInEvent candidate : TransferInEvent.values()) {
				if (candidate.name().equals(request.event())) {
					event = candidate;
				}
			}
		}
		if (event == null) {
			throw AdminException.badField("event",
					"'" + request.event() + "' is not one of " + Arrays.toString(TransferInEvent.values()));
		}
		TransferInRecord moved;
		try {
			TransferInEvent chosen = event;
			moved = this.gate.together(() -> this.transfers.move(this.accounts.orDefault(account), instanceId, chosen));
		}
		catch (IllegalTransitionException ex) {
			throw new AdminException(HttpStatus.CONFLICT, "event", "event: " + ex.getMessage());
		}
		if (moved == null) {
			throw AdminException.noTransferIn(instanceId);
		}
		return TransferInView.of(moved);
	}

	/**
	 * Puts a transfer-in straight into a documented Status, derived fields recomputed:
	 * {@code 404} for an unknown instance, {@code 400} for an undocumented status,
	 * {@code 409} when it would make a second open transfer-in of the domain.
	 */
	@PostMapping("/transfer-ins/{instanceId}/force")
	TransferInView force(@PathVariable String instanceId, @RequestBody AdminRequests.Force request,
			@RequestParam(required = false) String account) {
		TransferInRecord forced = this.gate.together(() -> this.transfers.force(this.accounts.orDefault(account),
				instanceId, request.status(), request.resultCode()));
		if (forced == null) {
			throw AdminException.noTransferIn(instanceId);
		}
		return TransferInView.of(forced);
	}

	/** The domains seeded on the losing registrar's side. */
	@GetMapping("/registrar-domains")
	ResponseEntity<List<RegistrarView>> registrarDomains(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.registrar.list(window));
	}

	/**
	 * How the losing registrar sees a domain: as seeded, or its defaults
	 * ({@code seeded: false}).
	 */
	@GetMapping("/registrar-domains/{domainName}")
	RegistrarView registrarDomain(@PathVariable String domainName) {
		return this.registrar.view(domainName(domainName));
	}

	@PostMapping("/registrar-domains")
	ResponseEntity<RegistrarView> addRegistrarDomain(@RequestBody Scenario.Registrar request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.gate.together(() -> this.registrar.seed(Seeds.registrar(request))));
	}

	/** A page of the verification mails sent for the account, oldest first. */
	@GetMapping("/outbox")
	ResponseEntity<List<OutboxMailRecord>> outbox(@RequestParam(required = false) String domainName,
			@RequestParam(required = false) String account, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		this.progression.runDue();
		return AdminPages.reply(window, this.mail.outbox(this.accounts.orDefault(account),
				(domainName != null) ? domainName(domainName) : null, window));
	}

	@PostMapping("/reset")
	ResponseEntity<Void> reset() {
		this.reset.reset();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/clock")
	AdminRequests.ClockState clock() {
		return new AdminRequests.ClockState(this.clock.instant(), this.clock.isFrozen());
	}

	/**
	 * Freezes or unfreezes the clock and sets it: forward, the steps due on the way run,
	 * and the clock lands exactly at {@code now}; back, nothing runs.
	 */
	@PutMapping("/clock")
	AdminRequests.ClockState setClock(@RequestBody AdminRequests.ClockState request) {
		if (request == null) {
			throw AdminException.badField("body", "give now, frozen, or both");
		}
		if (request.now() != null) {
			AdminRequests.checkInstant("now", request.now());
			if (request.now().isBefore(this.clock.instant()) && this.totals.any()) {
				throw new AdminException(HttpStatus.CONFLICT, "now",
						"now: is before the clock (" + this.clock.instant() + ") while transfer-ins or tasks are "
								+ "stored, whose histories would go back in time; reset first, or move forward");
			}
		}
		return this.progression.exclusively(() -> {
			if (request.frozen() != null) {
				this.clock.setFrozen(request.frozen());
			}
			if (request.now() != null) {
				this.progression.moveTo(request.now());
			}
			return clock();
		});
	}

	@PostMapping("/clock/advance")
	AdminRequests.ClockState advance(@RequestBody AdminRequests.Advance request) {
		if (request == null || request.seconds() == null || !(request.seconds() >= 0)
				|| request.seconds() > AdminRequests.MAX_SECONDS) {
			throw AdminException.badField("seconds",
					"must be a number of seconds from 0 to " + (long) AdminRequests.MAX_SECONDS + " (100 years)");
		}
		AdminRequests.checkInstant("seconds", this.clock.instant().plusMillis(Math.round(request.seconds() * 1000)));
		this.progression.advance(Duration.ofMillis(Math.round(request.seconds() * 1000)));
		return clock();
	}

	@GetMapping("/progression")
	Map<String, AdminRequests.StepState> progression() {
		Map<String, Long> pending = this.progression.pending();
		Map<String, Long> failed = this.progression.failed();
		Map<String, AdminRequests.StepState> steps = new LinkedHashMap<>();
		this.progression.settings()
			.forEach((kind, setting) -> steps.put(kind,
					AdminRequests.StepState.of(setting, pending.get(kind), failed.get(kind))));
		return steps;
	}

	/**
	 * Changes the policies of the steps named in the body, all or none: every entry is
	 * checked before any is applied.
	 */
	@PutMapping("/progression")
	Map<String, AdminRequests.StepState> setProgression(@RequestBody Map<String, AdminRequests.StepChange> request) {
		if (request == null || request.isEmpty()) {
			throw AdminException.badField("steps", "name at least one step: " + this.progression.settings().keySet());
		}
		Map<String, StepSetting> changes = new LinkedHashMap<>();
		request.forEach((kind, change) -> {
			requireStep(kind, kind);
			changes.put(kind, change(kind, change, this.progression.setting(kind)));
		});
		changes.forEach(this.progression::update);
		return progression();
	}

	/**
	 * Runs now the waiting steps of a kind, all of them or those of one target (an
	 * InstanceId, or a TaskDetailNo for task steps), whatever their policy.
	 */
	@PostMapping("/progression/{kind}/run")
	Map<String, Integer> runSteps(@PathVariable String kind, @RequestParam(required = false) String target) {
		requireStep(kind, "kind");
		return Map.of("ran", this.progression.runNow(kind, target));
	}

	private void requireStep(String kind, String field) {
		if (!this.progression.hasKind(kind)) {
			throw new AdminException(HttpStatus.NOT_FOUND, field,
					kind + ": no such step; the steps are " + this.progression.settings().keySet());
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

	private static String domainName(String value) {
		return Seeds.domainName("domainName", value);
	}

}
