package dev.domainemu.storage;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs work that may lose a race for a row (another transaction changed it since it was
 * read: the entity's version, or the database's own detection) again, from a fresh read.
 * A lock not granted in time is not retried: that wait has already been long; the loser
 * of a deadlock is, as the database has rolled it back whole.
 */
public final class Conflicts {

	private static final String DEADLOCK = "40001";

	/** How many times the work is tried in all. */
	public static final int ATTEMPTS = 3;

	private Conflicts() {
	}

	/**
	 * The work's result, after up to {@link #ATTEMPTS} tries; the work must undo what it
	 * did when it throws (a transaction of its own).
	 */
	public static <T> T retry(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS || !lostRace(ex)) {
					throw ex;
				}
			}
		}
	}

	/** Whether the error says the work lost a race, so that trying again may succeed. */
	public static boolean lostRace(Throwable error) {
		return error instanceof ConcurrencyFailureException
				&& (!(error instanceof CannotAcquireLockException) || deadlock(error));
	}

	/**
	 * Whether the database chose this transaction as a deadlock's loser (SQLState 40001):
	 * it was rolled back whole at once, and trying again may succeed.
	 */
	private static boolean deadlock(Throwable error) {
		for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
