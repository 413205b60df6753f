package dev.domainemu.storage;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Another transaction wrote first what this one was about to write (a row under the same
 * unique key), so this one cannot go on; {@link Conflicts#retry} runs it again from a
 * fresh read, which then sees the other's row.
 */
public class LostRaceException extends ConcurrencyFailureException {

	public LostRaceException(String message, Throwable cause) {
		super(message, cause);
	}

}
