package dev.domainemu.storage;

import java.sql.ResultSet;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many of something an account has (its transfer-ins, its tasks, its finished details
 * not yet acknowledged), kept as it changes so that a list's {@code TotalItemNum} is
 * read, not counted. A transaction's changes are added up and written just before it
 * commits, in one order (by account, then name), so that two never wait for each other in
 * a circle. A total's row is made by its first change: on PostgreSQL by an upsert,
 * elsewhere (H2, which one emulator owns) under a lock of this emulator for that total.
 */
@Component
public class Totals {

	/** How many times a total's write is tried on H2. */
	private static final int ATTEMPTS = 100;

	private static final String ADD = "update account_total set total = total + ? where user_id = ? and name = ?";

	private final JdbcTemplate jdbc;

	private final boolean upsert;

	Totals(JdbcTemplate jdbc, SharedDatabase database) {
		this.jdbc = jdbc;
		this.upsert = database.postgres();
	}

	/** The account's total of {@code name} as committed (0 when it never had one). */
	public long get(String userId, String name) {
		Long total = this.jdbc.query("select total from account_total where user_id = ? and name = ?",
				(row) -> row.next() ? row.getLong(1) : null, userId, name);
		return (total != null) ? total : 0;
	}

	/**
	 * Changes the account's total of {@code name} by {@code delta} when the caller's
	 * transaction commits (at once without one).
	 */
	public void add(String userId, String name, long delta) {
		if (delta == 0) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write(new Key(userId, name), delta);
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.deltas.merge(new Key(userId, name), delta, Long::sum);
	}

	/** Whether the account holds transfer-ins or tasks (as committed). */
	public boolean any(String userId) {
		return Boolean.TRUE.equals(this.jdbc
			.query("select 1 from account_total where user_id = ? and total > 0 and name in ('transfer-ins', 'tasks')"
					+ " fetch first 1 rows only", (ResultSetExtractor<Boolean>) ResultSet::next, userId));
	}

	/**
	 * Forgets the account's totals, in the caller's transaction, with the changes it made
	 * to them so far (which would otherwise be written after, as of a total of 0).
	 */
	public void clear(String userId) {
		this.jdbc.update("delete from account_total where user_id = ?", userId);
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			pending.deltas.keySet().removeIf((key) -> key.userId().equals(userId));
		}
	}

	/** Forgets every total, in the caller's transaction, with its changes so far. */
	public void clearAll() {
		this.jdbc.update("delete from account_total");
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			pending.deltas.clear();
		}
	}

	private void write(Key key, long delta) {
		if (this.upsert) {
			// PostgreSQL waits for a row another transaction is changing, then adds to it
			this.jdbc.update(
					"insert into account_total (user_id, name, total) values (?, ?, ?) on conflict"
							+ " (user_id, name) do update set total = account_total.total + excluded.total",
					key.userId(), key.name(), delta);
			return;
		}
		// H2 refuses a statement on a row another transaction changed since it began, or
		// a
		// second insert of one it made meanwhile; the statement alone is tried again (the
		// transaction goes on), as the other has committed by then
		for (int attempt = 1;; attempt++) {
			try {
				if (this.jdbc.update(ADD, delta, key.userId(), key.name()) == 0) {
					this.jdbc.update("insert into account_total (user_id, name, total) values (?, ?, ?)", key.userId(),
							key.name(), delta);
				}
				return;
			}
			catch (ConcurrencyFailureException | DuplicateKeyException ex) {
				// a deadlock or a lock not granted rolls back H2's whole transaction, not
				// the statement: going on would commit the rest of it without its start
				if (attempt == ATTEMPTS || ex instanceof PessimisticLockingFailureException) {
					throw ex;
				}
			}
		}
	}

	private record Key(String userId, String name) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byAccount = this.userId.compareTo(other.userId);
			return (byAccount != 0) ? byAccount : this.name.compareTo(other.name);
		}

	}

	/** A transaction's changes, written in key order just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Map<Key, Long> deltas = new TreeMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			this.deltas.forEach(Totals.this::write);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Totals.this);
		}

	}

}
