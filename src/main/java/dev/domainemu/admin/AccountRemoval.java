package dev.domainemu.admin;

import dev.domainemu.account.Accounts;
import dev.domainemu.clock.EmulatorClock;

import org.springframework.stereotype.Service;

/**
 * Removes an account with everything it holds: it is reset ({@link EmulatorReset}), then
 * its keys and its clock are forgotten.
 */
@Service
class AccountRemoval {

	private final Accounts accounts;

	private final EmulatorReset reset;

	private final EmulatorClock clock;

	AccountRemoval(Accounts accounts, EmulatorReset reset, EmulatorClock clock) {
		this.accounts = accounts;
		this.reset = reset;
		this.clock = clock;
	}

	/**
	 * Removes the account; one the configuration names stays, empty.
	 * @return whether the emulator knew the account
	 */
	boolean remove(String userId) {
		if (this.accounts.find(userId).isEmpty()) {
			return false;
		}
		this.reset.reset(userId);
		boolean known = this.accounts.forget(userId);
		this.clock.forget(userId);
		return known;
	}

}
