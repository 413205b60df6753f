package dev.domainemu.admin;

import java.util.Map;

import dev.domainemu.rpc.ActionRegistry;
import dev.domainemu.scenario.BulkSeed;
import dev.domainemu.scenario.BulkSeeding;
import dev.domainemu.storage.ChangeGate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emulator as a whole: the actions it answers, a reset to its first state, and bulk
 * loading for scale tests. The other resources of the control plane have a controller
 * each; all act through the same services as the RPC actions.
 */
@RestController
@RequestMapping("/_emulator")
class EmulatorController {

	private final ActionRegistry actions;

	private final EmulatorReset reset;

	private final BulkSeeding bulk;

	private final ChangeGate gate;

	EmulatorController(ActionRegistry actions, EmulatorReset reset, BulkSeeding bulk, ChangeGate gate) {
		this.actions = actions;
		this.reset = reset;
		this.bulk = bulk;
		this.gate = gate;
	}

	/**
	 * The Domain API's actions: those this emulator implements and those it does not yet.
	 */
	@GetMapping("/actions")
	Map<String, Object> actions() {
		return Map.of("implemented", this.actions.actions(), "notImplemented", this.actions.notImplemented());
	}

	/**
	 * Everything back to empty; with {@code account} (or {@code accessKeyId}) only that
	 * account: what it holds gone, its clock and step policies as configured, its keys
	 * kept.
	 */
	@PostMapping("/reset")
	ResponseEntity<Void> reset(Caller.IfNamed caller) {
		if (caller.userId() == null) {
			this.reset.resetAll();
		}
		else {
			this.reset.reset(caller.userId());
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Loads many entries at once, for scale tests and benchmarks: {@code count} held
	 * domains {@code <prefix>-<n>.com} (with a pending task each when {@code tasks} is
	 * given) and {@code count} transfer-ins of {@code <prefix>-in-<n>.com} (when
	 * {@code transferIns} is given), all made now, in batched writes; not journaled.
	 */
	@PostMapping("/bulk")
	ResponseEntity<BulkSeed.Made> bulk(@RequestBody BulkSeed request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.gate.together(this.bulk.accountOf(request), () -> this.bulk.load(request)));
	}

}
