package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.domainemu.domain.DomainSeed;
import dev.domainemu.domain.DomainService;
import dev.domainemu.paging.Batches;
import dev.domainemu.progression.StepSetting;
import dev.domainemu.progression.TimedStep;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.registrar.RegistrarView;

import org.springframework.stereotype.Component;

/**
 * The registry's answer to a transfer-in submitted to it (Status 39): refused with
 * {@code transferProhibited} (51) while the losing registrar has the domain locked,
 * otherwise completed (59), the domain then held by the account.
 */
@Component
class RegistryStep extends TimedStep {

	static final String KIND = "registry";

	private final TransferInRepository transfers;

	private final RegistrarService registrar;

	private final DomainService domains;

	RegistryStep(TransferInRepository transfers, RegistrarService registrar, DomainService domains) {
		super(KIND, StepSetting.timed(Duration.ofSeconds(20)));
		this.transfers = transfers;
		this.registrar = registrar;
		this.domains = domains;
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		TransferIn transfer = this.transfers.findFree(instanceId).orElse(null);
		if (transfer == null || transfer.status() != TransferInStatus.SUBMITTED_TO_REGISTRY) {
			return;
		}
		if (this.registrar.view(transfer.userId(), transfer.domainName()).transferProhibited()) {
			transfer.apply(TransferInEvent.REGISTRY_REJECTED, TransferInResultCode.TRANSFER_PROHIBITED, dueAt);
			return;
		}
		transfer.apply(TransferInEvent.REGISTRY_ACCEPTED, null, dueAt);
		if (!this.domains.holds(transfer.userId(), transfer.domainName())) {
			this.domains.add(transfer.userId(),
					new DomainSeed(transfer.domainName(), null, false, transfer.email(), 0));
		}
	}

	/**
	 * The same for many transfer-ins: their registrar views read at once, the domains
	 * each account gains added together.
	 */
	@Override
	public void runAll(List<String> instanceIds, Instant dueAt) {
		Map<String, TransferIn> byId = Batches.byKey(instanceIds, this.transfers::findFree, TransferIn::instanceId);
		List<TransferIn> submitted = instanceIds.stream()
			.map(byId::get)
			.filter((transfer) -> transfer != null && transfer.status() == TransferInStatus.SUBMITTED_TO_REGISTRY)
			.distinct()
			.toList();
		// each account sees the registrar of its own world
		Map<String, Map<String, RegistrarView>> views = new HashMap<>();
		submitted.stream()
			.collect(Collectors.groupingBy(TransferIn::userId, LinkedHashMap::new,
					Collectors.mapping(TransferIn::domainName, Collectors.toCollection(LinkedHashSet::new))))
			.forEach((user, names) -> views.put(user, this.registrar.views(user, names)));
		Map<String, List<DomainSeed>> gained = new LinkedHashMap<>();
		for (TransferIn transfer : submitted) {
			if (views.get(transfer.userId()).get(transfer.domainName()).transferProhibited()) {
				transfer.apply(TransferInEvent.REGISTRY_REJECTED, TransferInResultCode.TRANSFER_PROHIBITED, dueAt);
				continue;
			}
			transfer.apply(TransferInEvent.REGISTRY_ACCEPTED, null, dueAt);
			gained.computeIfAbsent(transfer.userId(), (user) -> new ArrayList<>())
				.add(new DomainSeed(transfer.domainName(), null, false, transfer.email(), 0));
		}
		gained.forEach(this.domains::addAbsent);
	}

}
