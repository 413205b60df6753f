package dev.domainemu.fault;

import java.time.Instant;

import dev.domainemu.journal.Cause;
import dev.domainemu.progression.StepInterceptor;
import dev.domainemu.transferin.TransferInRecord;
import dev.domainemu.transferin.TransferInControl;
import dev.domainemu.transferin.TransferInService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Lets a step rule take the place of a transfer-in's step: instead of what the service
 * would do, the transfer-in moves to the rule's Status, recorded with the cause
 * {@code fault}.
 */
@Component
class FaultStepInterceptor implements StepInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(FaultStepInterceptor.class);

	private final FaultService faults;

	private final TransferInControl transfers;

	FaultStepInterceptor(FaultService faults, TransferInControl transfers) {
		this.faults = faults;
		this.transfers = transfers;
	}

	/** Only while a fault rule exists. */
	@Override
	public boolean active() {
		return this.faults.anyRule();
	}

	@Override
	public boolean intercept(String kind, String target, Instant dueAt) {
		if (!TransferInService.STEPS.contains(kind)) {
			return false;
		}
		TransferInRecord transfer = this.transfers.stepTarget(kind, target);
		if (transfer == null) {
			return false;
		}
		FaultRuleView rule = this.faults.fireStep(kind, transfer).orElse(null);
		if (rule == null) {
			return false;
		}
		Cause previous = Cause.set(Cause.FAULT);
		try {
			this.transfers.force(transfer.userId(), transfer.instanceId(), rule.moveToStatus(),
					rule.moveToResultCode());
		}
		finally {
			Cause.restore(previous);
		}
		logger.debug("Fault rule {} replaced the {} step of {}", rule.id(), kind, target);
		return true;
	}

}
