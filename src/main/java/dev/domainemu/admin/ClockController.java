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
 * The emulator's clock: read, frozen or let run, set, and advanced, the steps due on the
 * way run as of their due times.
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
	AdminRequests.ClockState clock() {
		return new AdminRequests.ClockState(this.clock.instant(), this.clock.isFrozen());
	}

	/**
	 * Freezes or unfreezes the clock and sets it: forward, the steps due on the way run,
	 * and the clock lands exactly at {@code now}; back, nothing runs.
	 */
	@PutMapping
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

	@PostMapping("/advance")
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

}
