package dev.domainemu.clock;

import java.time.Instant;

/** What reads an account's current time: the accounts' clocks ({@link EmulatorClock}). */
@FunctionalInterface
public interface AccountTime {

	/** The account's current time. */
	Instant now(String account);

}
