package dev.domainemu.admin;

import java.util.List;

import dev.domainemu.paging.Window;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.registrar.RegistrarView;
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
 * The domains as the losing registrar sees them, in an account's world (the default
 * account's unless the call names one): seeded, listed and looked up.
 */
@RestController
@RequestMapping("/_emulator/registrar-domains")
class RegistrarAdminController {

	private final RegistrarService registrar;

	private final ChangeGate gate;

	RegistrarAdminController(RegistrarService registrar, ChangeGate gate) {
		this.registrar = registrar;
		this.gate = gate;
	}

	/** The domains the account seeded on the losing registrar's side. */
	@GetMapping
	ResponseEntity<List<RegistrarView>> registrarDomains(Caller caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.registrar.list(caller.userId(), window));
	}

	/**
	 * How the losing registrar sees a domain: as seeded, or its defaults
	 * ({@code seeded: false}).
	 */
	@GetMapping("/{domainName}")
	RegistrarView registrarDomain(Caller caller, @PathVariable String domainName) {
		return this.registrar.view(caller.userId(), Seeds.domainName("domainName", domainName));
	}

	@PostMapping
	ResponseEntity<RegistrarView> addRegistrarDomain(Caller caller, @RequestBody Scenario.Registrar request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.gate.together(caller.userId(),
					() -> this.registrar.seed(caller.userId(), Seeds.registrar(request))));
	}

}
