package dev.domainemu.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.domainemu.account.Accounts;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainService;
import dev.domainemu.progression.Progression;
import dev.domainemu.registrar.RegistrarSeed;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.registrar.RegistrarView;
import dev.domainemu.rpc.DomainNames;
import dev.domainemu.task.TaskService;
import dev.domainemu.transferin.OutboxMailRecord;
import dev.domainemu.transferin.TransferInMailService;
import dev.domainemu.transferin.TransferInSeed;
import dev.domainemu.transferin.TransferInService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

	private final TaskService tasks;

	private final Progression progression;

	private final EmulatorClock clock;

	private final RegistrarService registrar;

	private final TransferInMailService mail;

	AdminController(Accounts accounts, DomainService domains, TransferInService transfers, TaskService tasks,
			Progression progression, EmulatorClock clock, RegistrarService registrar, TransferInMailService mail) {
		this.mail = mail;
		this.registrar = registrar;
		this.accounts = accounts;
		this.domains = domains;
		this.transfers = transfers;
		this.tasks = tasks;
		this.progression = progression;
		this.clock = clock;
	}

	@GetMapping("/health")
	Map<String, String> health() {
		return Map.of("status", "UP");
	}

	@PostMapping("/domains")
	ResponseEntity<DomainRecord> addDomain(@RequestBody AdminRequests.NewDomain request) {
		String domainName = domainName(request.domainName());
		DomainRecord stored = this.domains.add(this.accounts.defaultUserId(), domainName,
				request.transferAuthorizationCode(), Boolean.TRUE.equals(request.transferProhibited()));
		if (stored == null) {
			throw new AdminException(HttpStatus.CONFLICT, "domainName",
					"domainName: " + domainName + " is already held");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(stored);
	}

	@PostMapping("/transfer-ins")
	ResponseEntity<TransferInView> addTransferIn(@RequestBody TransferInSeed request) {
		TransferInSeed seed = new TransferInSeed(domainName(request.domainName()), request.status(),
				request.progressBarType(), request.email(), request.needMailCheck(), request.whoisMailStatus(),
				request.resultCode());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(TransferInView.of(this.transfers.seed(this.accounts.defaultUserId(), seed)));
	}

	@PostMapping("/registrar-domains")
	ResponseEntity<RegistrarView> addRegistrarDomain(@RequestBody RegistrarSeed request) {
		RegistrarSeed seed = new RegistrarSeed(domainName(request.domainName()), request.authorizationCode(),
				request.transferProhibited(), request.whoisEmail(), request.premium());
		return ResponseEntity.status(HttpStatus.CREATED).body(this.registrar.seed(seed));
	}

	@GetMapping("/outbox")
	List<OutboxMailRecord> outbox(@RequestParam(required = false) String domainName) {
		return this.mail.outbox(this.accounts.defaultUserId(), (domainName != null) ? domainName(domainName) : null);
	}

	@PostMapping("/reset")
	ResponseEntity<Void> reset() {
		this.progression.clear();
		this.tasks.clear();
		this.transfers.clear();
		this.domains.clear();
		this.registrar.clear();
		this.clock.reset();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/clock")
	AdminRequests.ClockState clock() {
		return new AdminRequests.ClockState(this.clock.instant(), this.clock.isFrozen());
	}

	@PutMapping("/clock")
	AdminRequests.ClockState setClock(@RequestBody AdminRequests.ClockState request) {
		if (request.frozen() != null) {
			this.clock.setFrozen(request.frozen());
		}
		if (request.now() != null) {
			Instant now = this.clock.instant();
			if (request.now().isAfter(now)) {
				this.progression.advance(Duration.between(now, request.now()));
			}
			else {
				this.clock.setNow(request.now());
			}
		}
		return clock();
	}

	@PostMapping("/clock/advance")
	AdminRequests.ClockState advance(@RequestBody AdminRequests.Advance request) {
		if (request.seconds() == null || request.seconds() < 0) {
			throw AdminException.badField("seconds", "must be a number of seconds, zero or more");
		}
		this.progression.advance(Duration.ofMillis(Math.round(request.seconds() * 1000)));
		return clock();
	}

	private static String domainName(String value) {
		if (value == null || value.isEmpty()) {
			throw AdminException.badField("domainName", "is required");
		}
		String normalized = DomainNames.normalize(value);
		if (normalized == null) {
			throw AdminException.badField("domainName", "'" + value + "' is not a domain name");
		}
		return normalized;
	}

}
