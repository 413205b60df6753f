package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepSetting;
import dev.domainemu.progression.TimedStep;
import dev.domainemu.registrar.RegistrarService;

import org.springframework.stereotype.Component;

/**
 * The name audit of a transfer-in (Status 20) ends: passed (29, the code check to
 * follow), or failed (21, ResultCode {@code nameVerificationFailed}) when the domain is
 * seeded to fail it.
 */
@Component
class NameAuditStep extends TimedStep {

	static final String KIND = "name-audit";

	private final TransferInRepository transfers;

	private final RegistrarService registrar;

	private final TransferInFlow flow;

	NameAuditStep(TransferInRepository transfers, RegistrarService registrar, TransferInFlow flow) {
		super(KIND, StepSetting.timed(Duration.ofSeconds(10)));
		this.transfers = transfers;
		this.registrar = registrar;
		this.flow = flow;
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		TransferIn transfer = this.transfers.findFree(instanceId).orElse(null);
		if (transfer == null || transfer.status() != TransferInStatus.NAME_AUDIT_SUBMITTED) {
			return;
		}
		TransferInEvent outcome = this.registrar.view(transfer.userId(), transfer.domainName()).nameAuditPasses()
				? TransferInEvent.NAME_AUDIT_PASSED : TransferInEvent.NAME_AUDIT_FAILED;
		if (!transfer.allows(outcome)) {
			// forced into Status 20 off its type's path: the audit has nothing to answer
			return;
		}
		transfer.apply(outcome, null, dueAt);
		if (outcome == TransferInEvent.NAME_AUDIT_FAILED) {
			return;
		}
		this.flow.moved(transfer, dueAt);
	}

}
