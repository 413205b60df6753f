package dev.domainemu.admin;

import java.util.List;

import dev.domainemu.fault.FaultFiringView;
import dev.domainemu.fault.FaultRuleView;
import dev.domainemu.fault.FaultService;
import dev.domainemu.paging.Window;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.fault.FaultSpec;
import dev.domainemu.scenario.Scenario;
import dev.domainemu.scenario.Seeds;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fault rules under {@code /_emulator/faults}: add, list, get, remove, and the record of
 * their firings. Each call takes an optional {@code account} (the default account when
 * left out).
 */
@RestController
@RequestMapping("/_emulator/faults")
class FaultAdminController {

	private final FaultService faults;

	private final CallerResolver callers;

	private final ChangeGate gate;

	FaultAdminController(FaultService faults, CallerResolver callers, ChangeGate gate) {
		this.gate = gate;
		this.faults = faults;
		this.callers = callers;
	}

	/**
	 * Adds a rule for the account the body names ({@code account} or
	 * {@code accessKeyId}), else for the one the query names, else the default account.
	 */
	@PostMapping
	ResponseEntity<FaultRuleView> add(Caller.IfNamed named, @RequestBody NewFault request) {
		FaultSpec spec = Seeds.fault(new Scenario.Fault(request.match(), request.error(), request.transferIn(),
				request.latencyMs(), request.times(), request.probability(), request.seed()));
		boolean bodyNames = (request.account() != null && !request.account().isBlank())
				|| (request.accessKeyId() != null && !request.accessKeyId().isBlank());
		String account = (bodyNames || named.userId() == null)
				? this.callers.caller(request.account(), request.accessKeyId()).userId() : named.userId();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.gate.together(account, () -> this.faults.add(account, spec)));
	}

	@GetMapping
	ResponseEntity<List<FaultRuleView>> list(Caller caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.faults.list(caller.userId(), window));
	}

	@GetMapping("/{id}")
	FaultRuleView get(@PathVariable long id, Caller caller) {
		return this.faults.get(caller.userId(), id).orElseThrow(() -> notFound(id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable long id, Caller caller) {
		if (!this.gate.together(caller.userId(), () -> this.faults.remove(caller.userId(), id))) {
			throw notFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping
	ResponseEntity<Void> clear() {
		this.faults.clear();
		return ResponseEntity.noContent().build();
	}

	/**
	 * A page of the recorded firings, oldest first; the newest
	 * {@code emulator.faults.max-firings} are kept.
	 */
	@GetMapping("/firings")
	ResponseEntity<List<FaultFiringView>> firings(@RequestParam(required = false) Long ruleId, Caller caller,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.faults.firings(caller.userId(), ruleId, window));
	}

	private static AdminException notFound(long id) {
		return new AdminException(HttpStatus.NOT_FOUND, "id", "id: no fault rule " + id);
	}

	/**
	 * The body of {@code POST /_emulator/faults}: a scenario's fault entry with an
	 * optional account.
	 */
	record NewFault(String account, String accessKeyId, Scenario.FaultMatch match, Scenario.FaultError error,
			Scenario.FaultMove transferIn, Integer latencyMs, Integer times, Double probability, Long seed) {
	}

}
