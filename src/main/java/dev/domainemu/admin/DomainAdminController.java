package dev.domainemu.admin;

import java.util.List;
import java.util.Optional;

import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.domain.DomainService;
import dev.domainemu.paging.Window;
import dev.domainemu.rpc.DomainNames;
import dev.domainemu.scenario.Scenario;
import dev.domainemu.scenario.Seeds;
import dev.domainemu.storage.ChangeGate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The domains an account holds: seeded, listed and looked up. Each call takes an optional
 * {@code account} (the default account when left out).
 */
@RestController
@RequestMapping("/_emulator/domains")
class DomainAdminController {

	private final DomainService domains;

	private final ChangeGate gate;

	DomainAdminController(DomainService domains, ChangeGate gate) {
		this.domains = domains;
		this.gate = gate;
	}

	@PostMapping
	ResponseEntity<DomainRecord> addDomain(@RequestBody Scenario.Domain request, Caller caller) {
		DomainSeed seed = Seeds.domain(request);
		DomainRecord stored = this.gate.together(caller.userId(), () -> this.domains.add(caller.userId(), seed));
		if (stored == null) {
			throw new AdminException(HttpStatus.CONFLICT, "domainName",
					"domainName: " + seed.domainName() + " is already held");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(stored);
	}

	/** A page of the domains the account holds, by name. */
	@GetMapping
	ResponseEntity<List<DomainRecord>> domains(Caller caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.domains.list(caller.userId(), window));
	}

	@GetMapping("/{domainName}")
	DomainRecord domain(@PathVariable String domainName, Caller caller) {
		String name = DomainNames.normalize(domainName);
		return ((name != null) ? this.domains.find(caller.userId(), name) : Optional.<DomainRecord>empty())
			.orElseThrow(() -> new AdminException(HttpStatus.NOT_FOUND, "domainName",
					"domainName: " + domainName + " is not held by the account"));
	}

}
