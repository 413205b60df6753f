package dev.domainemu.progression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.domainemu.paging.Batches;
import dev.domainemu.storage.SharedDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The waiting steps, in the {@code scheduled_step} table, read and written with plain SQL
 * in the caller's transaction: no entity of a step ever sits in a persistence context,
 * and every change of many steps is one statement. On a database emulators share, due
 * steps are claimed with {@code FOR UPDATE SKIP LOCKED}, so each takes steps no other is
 * running; a claimed step is deleted in the transaction that runs it, so it runs once.
 */
@Repository
class StepQueue {

	private static final String COLUMNS = "id, user_id, kind, target, origin, due_at";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	/**
	 * How due steps are claimed: locked with {@code SKIP LOCKED} where other emulators
	 * may share the database; read as they are where one emulator owns it (H2, whose
	 * locking read would lock every due row, not just the batch).
	 */
	private final String claim;

	private final String claimShare;

	StepQueue(JdbcTemplate jdbc, SharedDatabase database) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.claim = "select " + COLUMNS + " from scheduled_step where user_id = ? and due_at <= ?"
				+ " order by user_id, due_at, id fetch first ? rows only"
				+ (database.shared() ? " for update skip locked" : "");
		// ordered as the (user_id, due_at, id) index is, so that the database reads a
		// batch from it and stops, instead of sorting every step due at that time
		this.claimShare = "select " + COLUMNS + " from scheduled_step where user_id = ? and due_at = ?"
				+ " and mod(id, ?) = ? order by user_id, due_at, id fetch first ? rows only"
				+ (database.shared() ? " for update skip locked" : "");
	}

	void add(String account, String kind, String target, Instant origin, Instant dueAt) {
		this.jdbc.update("insert into scheduled_step (user_id, kind, target, origin, due_at) values (?, ?, ?, ?, ?)",
				account, kind, target, origin.toEpochMilli(), (dueAt != null) ? dueAt.toEpochMilli() : null);
	}

	/** Adds a step of each target, all of one account and kind, timed alike. */
	void addAll(String account, String kind, List<String> targets, Instant origin, Instant dueAt) {
		Long due = (dueAt != null) ? dueAt.toEpochMilli() : null;
		List<Object[]> rows = new ArrayList<>(targets.size());
		targets.forEach((target) -> rows.add(new Object[] { account, kind, target, origin.toEpochMilli(), due }));
		this.jdbc.batchUpdate(
				"insert into scheduled_step (user_id, kind, target, origin, due_at) values (?, ?, ?, ?, ?)", rows);
	}

	/**
	 * Answers up to {@code limit} of the account's steps due at {@code upTo} or before,
	 * earliest first; on a shared database locked, skipping those another emulator holds.
	 */
	List<DueStep> claim(String account, Instant upTo, int limit) {
		return this.jdbc.query(this.claim, StepQueue::map, account, upTo.toEpochMilli(), limit);
	}

	/**
	 * When the account's earliest step due at {@code upTo} or before falls due;
	 * {@code null} if none.
	 */
	Instant earliestDue(String account, Instant upTo) {
		return instant(
				this.jdbc.queryForObject("select min(due_at) from scheduled_step where user_id = ? and due_at <= ?",
						Long.class, account, upTo.toEpochMilli()));
	}

	/**
	 * Answers up to {@code limit} of the account's steps due exactly {@code at} whose id
	 * leaves {@code share} divided by {@code shares} (one worker's share), in id order;
	 * on a shared database locked, skipping those another emulator holds.
	 */
	List<DueStep> claimShare(String account, Instant at, int share, int shares, int limit) {
		return this.jdbc.query(this.claimShare, StepQueue::map, account, at.toEpochMilli(), shares, share, limit);
	}

	/**
	 * Takes the steps out of the queue; they run in the same transaction. One statement
	 * per step, sent as a batch: the database finds each by its key, where a long
	 * {@code in (…)} list would be compared with every row it finds.
	 */
	void remove(List<DueStep> steps) {
		List<Object[]> ids = new ArrayList<>(steps.size());
		steps.forEach((step) -> ids.add(new Object[] { step.id() }));
		this.jdbc.batchUpdate("delete from scheduled_step where id = ?", ids);
	}

	/** Takes one step out of the queue: {@code false} when it was no longer there. */
	boolean remove(DueStep step) {
		return this.jdbc.update("delete from scheduled_step where id = ?", step.id()) == 1;
	}

	/** Leaves the step waiting without a due time, until it is run on request. */
	void park(DueStep step) {
		this.jdbc.update("update scheduled_step set due_at = null where id = ?", step.id());
	}

	/** Times every waiting step of the account and kind again from its origin. */
	int retime(String account, String kind, StepSetting setting) {
		return switch (setting.policy()) {
			case IMMEDIATE -> this.jdbc
				.update("update scheduled_step set due_at = origin where user_id = ? and kind = ?", account, kind);
			case TIMED ->
				this.jdbc.update("update scheduled_step set due_at = origin + ? where user_id = ? and kind = ?",
						setting.duration().toMillis(), account, kind);
			case MANUAL -> this.jdbc.update("update scheduled_step set due_at = null where user_id = ? and kind = ?",
					account, kind);
		};
	}

	/**
	 * Makes the account's waiting steps of a kind (of one target, or all) due at
	 * {@code now}.
	 * @return how many
	 */
	int bringForward(String account, String kind, String target, Instant now) {
		return (target != null)
				? this.jdbc.update("update scheduled_step set due_at = ? where user_id = ? and kind = ? and target = ?",
						now.toEpochMilli(), account, kind, target)
				: this.jdbc.update("update scheduled_step set due_at = ? where user_id = ? and kind = ?",
						now.toEpochMilli(), account, kind);
	}

	/**
	 * When the account's earliest timed step falls due, or {@code null} when none is
	 * timed.
	 */
	Instant earliestDue(String account) {
		return instant(this.jdbc.queryForObject("select min(due_at) from scheduled_step where user_id = ?", Long.class,
				account));
	}

	/**
	 * When each account's earliest timed step falls due (absent when none is timed), for
	 * every account the {@code account} table holds and every one given, in one statement
	 * that looks each up by the index.
	 */
	Map<String, Instant> earliestDuePerAccount(Collection<String> others) {
		Map<String, Instant> earliest = new HashMap<>();
		Set<String> seen = new HashSet<>();
		RowCallbackHandler put = (row) -> {
			seen.add(row.getString(1));
			long due = row.getLong(2);
			if (!row.wasNull()) {
				earliest.put(row.getString(1), Instant.ofEpochMilli(due));
			}
		};
		this.jdbc.query("select a.user_id, (select min(s.due_at) from scheduled_step s where s.user_id = a.user_id)"
				+ " from account a", put);
		List<String> left = others.stream().filter((account) -> !seen.contains(account)).toList();
		Batches.forEach(left,
				(batch) -> this.named.query(
						"select user_id, min(due_at) from scheduled_step where user_id in (:accounts) group by user_id",
						new MapSqlParameterSource("accounts", batch), put));
		return earliest;
	}

	/** The accounts that have waiting steps (a scan: for start-up). */
	List<String> accountsWithSteps() {
		return this.jdbc.queryForList("select distinct user_id from scheduled_step", String.class);
	}

	/** How many of the account's steps of each kind wait, due or held. */
	Map<String, Long> countByKind(String account) {
		Map<String, Long> counts = new TreeMap<>();
		RowCallbackHandler count = (row) -> counts.put(row.getString(1), row.getLong(2));
		this.jdbc.query("select kind, count(*) from scheduled_step where user_id = ? group by kind", count, account);
		return counts;
	}

	/** Forgets the waiting steps of the targets, whatever their kind. */
	void forget(Collection<String> targets) {
		Batches.forEach(targets, (batch) -> this.named.update("delete from scheduled_step where target in (:targets)",
				new MapSqlParameterSource("targets", batch)));
	}

	/** Forgets the account's waiting steps. */
	void clear(String account) {
		this.jdbc.update("delete from scheduled_step where user_id = ?", account);
	}

	void clearAll() {
		this.jdbc.update("delete from scheduled_step");
	}

	private static Instant instant(Long millis) {
		return (millis != null) ? Instant.ofEpochMilli(millis) : null;
	}

	private static DueStep map(ResultSet row, int index) throws SQLException {
		long due = row.getLong(6);
		Instant dueAt = row.wasNull() ? null : Instant.ofEpochMilli(due);
		return new DueStep(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
				Instant.ofEpochMilli(row.getLong(5)), dueAt);
	}

}
