package dev.domainemu.scenario;

import java.time.Instant;
import java.util.List;

import dev.domainemu.account.KeyRecord;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.fault.FaultSpec;
import dev.domainemu.registrar.RegistrarSeed;
import dev.domainemu.transferin.TransferInSeed;

/**
 * A scenario that passed its checks, each entry turned into what its service seeds.
 */
record CheckedScenario(String name, String userId, List<KeyRecord> keys, Instant now, Boolean frozen,
		List<RegistrarSeed> registrar, List<DomainSeed> domains, List<TransferInSeed> transferIns,
		List<Scenario.Task> tasks, List<FaultSpec> faults) {
}
