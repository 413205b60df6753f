package dev.domainemu.storage;

import java.sql.SQLException;
import java.util.Locale;

/** Reads a database's refusal of a write for a unique key it names. */
public final class UniqueKeys {

	private static final String UNIQUE_VIOLATION = "23505";

	private UniqueKeys() {
	}

	/**
	 * Whether the error, or one of its causes, is a unique violation of the constraint
	 * named {@code constraint}, and not a refusal for any other reason.
	 */
	public static boolean refused(Throwable error, String constraint) {
		String name = constraint.toLowerCase(Locale.ROOT);
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
					&& sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
