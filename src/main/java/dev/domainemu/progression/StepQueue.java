package dev.domainemu.progression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
		this.claim = "select " + COLUMNS + " from scheduled_step where due_at <= ? order by due_at, id"
				+ " fetch first ? rows only" + (database.shared() ? " for update skip locked" : "");
		// ordered as the (due_at, id) index is, so that the database reads a batch from
		// it
		// and stops, instead of sorting every step due at that time
		this.claimShare = "select " + COLUMNS + " from scheduled_step where due_at = ? and mod(id, ?) = ?"
				+ " order by due_at, id" + " fetch first ? rows only"
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
	 * Answers up to {@code limit} steps due at {@code upTo} or before, earliest first; on
	 * a shared database locked, skipping those another emulator holds.
	 */
	List<DueStep> claim(Instant upTo, int limit) {
		return this.jdbc.query(this.claim, StepQueue::map, upTo.toEpochMilli(), limit);
	}

	/**
	 * When the earliest step due at {@code upTo} or before falls due; {@code null} if
	 * none.
	 */
	Instant earliestDue(Instant upTo) {
		Long earliest = this.jdbc.queryForObject("select min(due_at) from scheduled_step where due_at <= ?", Long.class,
				upTo.toEpochMilli());
		return (earliest != null) ? Instant.ofEpochMilli(earliest) : null;
	}

	/**
	 * Answers up to {@code limit} of the steps due exactly {@code at} whose id leaves
	 * {@code share} divided by {@code shares} (one worker's share), in id order; on a
	 * shared database locked, skipping those another emulator holds.
	 */
	List<DueStep> claimShare(Instant at, int share, int shares, int limit) {
		return this.jdbc.query(this.claimShare, StepQueue::map, at.toEpochMilli(), shares, share, limit);
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

	/** Times every waiting step of a kind again from its origin. */
	int retime(String kind, StepSetting setting) {
		return switch (setting.policy()) {
			case IMMEDIATE -> this.jdbc.update("update scheduled_step set due_at = origin where kind = ?", kind);
			case TIMED -> this.jdbc.update("update scheduled_step set due_at = origin + ? where kind = ?",
					setting.duration().toMillis(), kind);
			case MANUAL -> this.jdbc.update("update scheduled_step set due_at = null where kind = ?", kind);
		};
	}

	/**
	 * Makes the waiting steps of a kind (of one target, or all) due at {@code now}.
	 * @return how many
	 */
	int bringForward(String kind, String target, Instant now) {
		return (target != null)
				? this.jdbc.update("update scheduled_step set due_at = ? where kind = ? and target = ?",
						now.toEpochMilli(), kind, target)
				: this.jdbc.update("update scheduled_step set due_at = ? where kind = ?", now.toEpochMilli(), kind);
	}

	/** When the earliest timed step falls due, or {@code null} when none is timed. */
	Instant earliestDue() {
		Long earliest = this.jdbc.queryForObject("select min(due_at) from scheduled_step", Long.class);
		return (earliest != null) ? Instant.ofEpochMilli(earliest) : null;
	}

	/** How many steps of each kind wait, due or held. */
	Map<String, Long> countByKind() {
		Map<String, Long> counts = new TreeMap<>();
		RowCallbackHandler count = (row) -> counts.put(row.getString(1), row.getLong(2));
		this.jdbc.query("select kind, count(*) from scheduled_step group by kind", count);
		return counts;
	}

	/** Forgets the waiting steps of the targets, whatever their kind. */
	void forget(Collection<String> targets) {
		Batches.forEach(targets, (batch) -> this.named.update("delete from scheduled_step where target in (:targets)",
				new MapSqlParameterSource("targets", batch)));
	}

	void clear() {
		this.jdbc.update("delete from scheduled_step");
	}

	private static DueStep map(ResultSet row, int index) throws SQLException {
		long due = row.getLong(6);
		Instant dueAt = row.wasNull() ? null : Instant.ofEpochMilli(due);
		return new DueStep(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
				Instant.ofEpochMilli(row.getLong(5)), dueAt);
	}

}
