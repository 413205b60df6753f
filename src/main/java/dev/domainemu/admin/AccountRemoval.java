package dev.domainemu.admin;

import dev.domainemu.account.Accounts;
import dev.domainemu.domain.DomainService;
import dev.domainemu.fault.FaultService;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.task.TaskService;
import dev.domainemu.transferin.TransferInSeeding;
import dev.domainemu.transferout.TransferOutService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes an account with everything it holds: its domains, tasks, transfer-ins and -outs
 * with their waiting steps, its fault rules, then its keys, in one transaction taken
 * while no call's change is under way.
 */
@Service
class AccountRemoval {

	private final Accounts accounts;

	private final DomainService domains;

	private final TaskService tasks;

	private final TransferInSeeding transfersIn;

	private final TransferOutService transfersOut;

	private final FaultService faults;

	private final ChangeGate gate;

	private final TransactionTemplate transaction;

	AccountRemoval(Accounts accounts, DomainService domains, TaskService tasks, TransferInSeeding transfersIn,
			TransferOutService transfersOut, FaultService faults, ChangeGate gate,
			PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.domains = domains;
		this.tasks = tasks;
		this.transfersIn = transfersIn;
		this.transfersOut = transfersOut;
		this.faults = faults;
		this.gate = gate;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Removes the account; one the configuration names stays, empty.
	 * @return whether the emulator knew the account
	 */
	boolean remove(String userId) {
		if (this.accounts.find(userId).isEmpty()) {
			return false;
		}
		empty(userId);
		return this.accounts.forget(userId);
	}

	/** Removes everything the account holds, keeping the account and its keys. */
	void empty(String userId) {
		this.gate.alone(() -> this.transaction.execute((status) -> {
			this.tasks.forget(userId);
			this.transfersOut.forget(userId);
			this.transfersIn.forget(userId);
			this.domains.forget(userId);
			this.faults.forget(userId);
			return null;
		}));
	}

}
