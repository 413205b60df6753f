package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.domain.DomainSeed;
import dev.domainemu.domain.DomainService;
import dev.domainemu.progression.StepHandler;
import dev.domainemu.progression.StepSetting;
import dev.domainemu.registrar.RegistrarService;

import org.springframework.stereotype.Component;

/**
 * The registry's answer to a transfer-in submitted to it (Status 39): refused with
 * {@code transferProhibited} (51) while the losing registrar has the domain locked,
 * otherwise completed (59), the domain then held by the account.
 */
@Component
class RegistryStep implements StepHandler {

	static final String KIND = "registry";

	private final TransferInRepository transfers;

	private final RegistrarService registrar;

	private final DomainService domains;

	RegistryStep(TransferInRepository transfers, RegistrarService registrar, DomainService domains) {
		this.transfers = transfers;
		this.registrar = registrar;
		this.domains = domains;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public StepSetting defaultSetting() {
		return StepSetting.timed(Duration.ofSeconds(20));
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		TransferIn transfer = this.transfers.findFree(instanceId).orElse(null);
		if (transfer == null || transfer.status() != TransferInStatus.SUBMITTED_TO_REGISTRY) {
			return;
		}
		if (this.registrar.view(transfer.domainName()).transferProhibited()) {
			transfer.apply(TransferInEvent.REGISTRY_REJECTED, TransferInResultCode.TRANSFER_PROHIBITED, dueAt);
			return;
		}
		transfer.apply(TransferInEvent.REGISTRY_ACCEPTED, null, dueAt);
		if (!this.domains.holds(transfer.userId(), transfer.domainName())) {
			this.domains.add(transfer.userId(),
					new DomainSeed(transfer.domainName(), null, false, transfer.email(), 0));
		}
	}

}
