package dev.domainemu.transferin;

import java.time.Instant;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.ids.Ids;
import dev.domainemu.domain.DomainService;
import dev.domainemu.progression.Progression;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.registrar.RegistrarView;
import dev.domainemu.rpc.Lang;
import dev.domainemu.storage.Totals;
import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskType;
import dev.domainemu.task.TaskWork;

import org.springframework.stereotype.Component;

/**
 * Ends an order task: the transfer-in is made (Status 10), the detail shows its
 * InstanceId, and {@link TransferInFlow} takes it on from there. The task fails instead
 * when the registry does not take the suffix, the account already holds the domain, a
 * transfer-in of it is open, or the name is premium and the order did not permit a
 * premium transfer.
 */
@Component
class OrderTransferInTask implements TaskExecutor {

	static final String PREMIUM_NOT_PERMITTED = "This is a premium domain name; set PermitPremiumTransfer to true to transfer it in.";

	private final TransferInOrderRepository orders;

	private final TransferInRepository transfers;

	private final RegistrarService registrar;

	private final DomainService domains;

	private final TransferInFlow flow;

	private final Progression progression;

	private final EmulatorClock clock;

	private final Totals totals;

	private final Ids ids;

	OrderTransferInTask(TransferInOrderRepository orders, TransferInRepository transfers, RegistrarService registrar,
			DomainService domains, TransferInFlow flow, Progression progression, EmulatorClock clock, Totals totals,
			Ids ids) {
		this.ids = ids;
		this.totals = totals;
		this.orders = orders;
		this.transfers = transfers;
		this.registrar = registrar;
		this.domains = domains;
		this.flow = flow;
		this.progression = progression;
		this.clock = clock;
	}

	@Override
	public TaskType type() {
		return TaskType.ORDER_TRANSFER_IN;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		TransferInOrder order = this.orders.findById(work.taskDetailNo()).orElseThrow();
		String domainName = work.domainName();
		if (!this.registrar.supportsSuffix(domainName)) {
			return TaskOutcome.failed("DomainSuffixNotSupported", Feasibility.SUFFIX_NOT_SUPPORTED.message(Lang.EN));
		}
		if (this.domains.holds(work.userId(), domainName)) {
			return TaskOutcome.failed("DomainAlreadyInAccount", Feasibility.ALREADY_IN_ACCOUNT.message(Lang.EN));
		}
		if (this.transfers.existsByUserIdAndStateOpenDomain(work.userId(), domainName)) {
			return TaskOutcome.failed("DomainTransferInProgress", Feasibility.TRANSFER_IN_PROGRESS.message(Lang.EN));
		}
		RegistrarView view = this.registrar.view(work.userId(), domainName);
		if (view.premium() && !order.permitPremiumTransfer()) {
			return TaskOutcome.failed("PremiumTransferNotPermitted", PREMIUM_NOT_PERMITTED);
		}
		Instant now = this.clock.now(work.userId());
		TransferIn ordered = TransferIn.ordered(this.ids.instanceId(now), work.userId(), domainName,
				view.progressBarType(), view.whoisEmail(), order.authorizationCode(), order.registrantProfileId(), now,
				now.plus(this.progression.setting(work.userId(), ExpiryStep.KIND).duration()));
		TransferIn transfer = this.transfers.save(ordered);
		this.totals.add(work.userId(), TransferInService.TRANSFER_INS, 1);
		this.progression.schedule(work.userId(), ExpiryStep.KIND, transfer.instanceId(), now);
		this.flow.moved(transfer, now);
		return TaskOutcome.created(transfer.instanceId());
	}

}
