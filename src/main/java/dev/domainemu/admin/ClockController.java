package dev.domainemu.admin;

import java.time.Duration;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.progression.Progression;
import dev.domainemu.storage.Totals;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's clock (the default account's unless the call names one): read, frozen or
 * let run, set, and advanced, the account's steps due on the way run as of their due
 * times. Another account's clock never moves with it.
 */
@RestController
@RequestMapping("/_emulator/clock")
class ClockController {

	private final EmulatorClock clock;

	private final Progression progression;

	private final Totals totals;

	ClockController(EmulatorClock clock, Progression progression, Totals totals) {
		this.clock = clock;
		this.progression = progression;
		this.totals = totals;
	}

	@GetMapping
	AdminRequests.ClockState clock(Caller caller) {
		return state(caller.userId());
	}

	private AdminRequests.ClockState state(String account) {
		return new AdminRequests.ClockState(this.clock.now(account), this.clock.isFrozen(account));
	}

	/**
	 * Freezes or unfreezes the clock and sets it: forward, the steps due on the way run,
	 * and the clock lands exactly at {@code now}; back, nothing runs.
	 */
	@PutMapping
	AdminRequests.ClockState setClock(Caller caller, @RequestBody AdminRequests.ClockState request) {
		String account = caller.userId();
		if (request == null) {
			throw AdminException.badField("body", "give now, frozen, or both");
		}
		if (request.now() != null) {
			AdminRequests.checkInstant("now", request.now());
			if (request.now().isBefore(this.clock.now(account)) && this.totals.any(account)) {
				throw new AdminException(HttpStatus.CONFLICT, "now",
						"now: is before the clock (" + this.clock.now(account) + ") while the account holds "
								+ "transfer-ins or tasks, whose histories would go back in time; reset it first, or "
								+ "move forward");
			}
		}
		return this.progression.exclusively(account, () -> {
			if (request.frozen() != null) {
				this.clock.setFrozen(account, request.frozen());
			}
			if (request.now() != null) {
				this.progression.moveTo(account, request.now());
			}
			return state(account);
		});
	}

	@PostMapping("/advance")
	AdminRequests.ClockState advance(Caller caller, @RequestBody AdminRequests.Advance request) {
		if (request == null || request.seconds() == null || !(request.seconds() >= 0)
				|| request.seconds() > AdminRequests.MAX_SECONDS) {
			throw AdminException.badField("seconds",
					"must be a number of seconds from 0 to " + (long) AdminRequests.MAX_SECONDS + " (100 years)");
		}
		String account = caller.userId();
		AdminRequests.checkInstant("seconds", this.clock.now(account).plusMillis(Math.round(request.seconds() * 1000)));
		this.progression.advance(account, Duration.ofMillis(Math.round(request.seconds() * 1000)));
		return state(account);
	}

}
