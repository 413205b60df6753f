package dev.domainemu.admin;

import java.util.Map;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /_emulator/health}: the emulator's health as Spring Boot's health indicators
 * see it (the database: a connection taken from the pool and validated). {@code 200
 * {"status":"UP"}} while every indicator is up, {@code 503 {"status":"DOWN"}} when one is
 * not, so a replica that lost its database is taken out of service. No actuator endpoint
 * of its own is exposed: this one follows the control plane's rules.
 */
@RestController
@RequestMapping("/_emulator")
class HealthController {

	private final HealthContributorRegistry indicators;

	HealthController(HealthContributorRegistry indicators) {
		this.indicators = indicators;
	}

	@GetMapping("/health")
	ResponseEntity<Map<String, String>> health() {
		boolean up = allUp(this.indicators);
		return ResponseEntity.status(up ? 200 : 503).body(Map.of("status", (up ? Status.UP : Status.DOWN).getCode()));
	}

	private static boolean allUp(HealthContributors contributors) {
		return contributors.stream().allMatch((entry) -> isUp(entry.contributor()));
	}

	private static boolean isUp(HealthContributor contributor) {
		if (contributor instanceof HealthIndicator indicator) {
			return Status.UP.equals(indicator.health().getStatus());
		}
		return (contributor instanceof CompositeHealthContributor composite) && allUp(composite);
	}

}
