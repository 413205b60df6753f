package dev.domainemu.admin;

import dev.domainemu.account.Accounts;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.domain.DomainService;
import dev.domainemu.fault.FaultService;
import dev.domainemu.ids.Ids;
import dev.domainemu.journal.Journal;
import dev.domainemu.progression.Progression;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.scenario.ScenarioService;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.storage.Totals;
import dev.domainemu.task.TaskService;
import dev.domainemu.transferin.TransferInSeeding;
import dev.domainemu.transferout.TransferOutService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the emulator back to empty, or one account: every feature's data, the waiting
 * steps, the fault rules and scenarios, the step policies and the clock, in one
 * transaction taken while no step runs and no call's change is under way (for one
 * account: no step or change of that account), so that neither meets a half-cleared
 * database; the journal is cleared once it commits.
 */
@Service
class EmulatorReset {

	private final Progression progression;

	private final ScenarioService scenarios;

	private final FaultService faults;

	private final Journal journal;

	private final TaskService tasks;

	private final TransferOutService transfersOut;

	private final TransferInSeeding transfers;

	private final DomainService domains;

	private final RegistrarService registrar;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final ChangeGate gate;

	private final Totals totals;

	private final Ids ids;

	private final Accounts accounts;

	EmulatorReset(Progression progression, ScenarioService scenarios, FaultService faults, Journal journal,
			TaskService tasks, TransferOutService transfersOut, TransferInSeeding transfers, DomainService domains,
			RegistrarService registrar, EmulatorClock clock, PlatformTransactionManager transactionManager,
			ChangeGate gate, Totals totals, Ids ids, Accounts accounts) {
		this.accounts = accounts;
		this.ids = ids;
		this.totals = totals;
		this.gate = gate;
		this.progression = progression;
		this.scenarios = scenarios;
		this.faults = faults;
		this.journal = journal;
		this.tasks = tasks;
		this.transfersOut = transfersOut;
		this.transfers = transfers;
		this.domains = domains;
		this.registrar = registrar;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Everything back to its first state: every account emptied, every key forgotten. */
	void resetAll() {
		this.gate.alone(() -> this.progression.exclusivelyEverywhere(() -> this.transaction.execute((status) -> {
			this.progression.clearAll();
			this.totals.clearAll();
			this.scenarios.clear();
			this.faults.clear();
			this.tasks.clear();
			this.transfersOut.clear();
			this.transfers.clear();
			this.domains.clear();
			this.registrar.clear();
			this.clock.resetAll();
			this.ids.restart();
			this.accounts.clear();
			return null;
		})));
		this.journal.clear();
	}

	/**
	 * The account back to its first state: everything it holds gone, its clock and step
	 * policies as configured; its keys stay, and other accounts are not touched.
	 */
	void reset(String userId) {
		this.gate.alone(userId, () -> this.progression.exclusively(userId, () -> this.transaction.execute((status) -> {
			this.tasks.forget(userId);
			this.transfersOut.forget(userId);
			this.transfers.forget(userId);
			this.domains.forget(userId);
			this.faults.forget(userId);
			this.registrar.forget(userId);
			this.scenarios.forget(userId);
			this.progression.clear(userId);
			this.totals.clear(userId);
			this.clock.reset(userId);
			return null;
		})));
		this.journal.clear(userId);
	}

}
