package dev.domainemu.scenario;

import java.time.Instant;
import java.util.List;

/**
 * A loaded scenario and what it made: the access keys it registered by id, the
 * registrar-side and held domains by name, the transfer-ins and tasks with their domain
 * and InstanceId or TaskNo, the fault rules by id.
 */
public record ScenarioView(String name, String account, String source, Instant loadedAt, List<String> keys,
		List<String> registrarDomains, List<String> domains, List<Made> transferIns, List<Made> tasks,
		List<Long> faults) {

	/** Something a scenario made over a domain, by its id. */
	public record Made(String domainName, String id) {
	}

}
