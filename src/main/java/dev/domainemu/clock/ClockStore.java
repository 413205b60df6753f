package dev.domainemu.clock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.domainemu.storage.SharedDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The clocks' settings as the database keeps them, in {@code account_clock}: a row per
 * account whose clock was set, and the starting clock under {@link #START}; written in
 * the caller's transaction when there is one.
 */
@Repository
class ClockStore {

	/** The key of the clock every account starts from (user ids are digits). */
	static final String START = "*";

	private final JdbcTemplate jdbc;

	private final String upsert;

	ClockStore(JdbcTemplate jdbc, SharedDatabase database) {
		this.jdbc = jdbc;
		this.upsert = database.upsert("account_clock", List.of("user_id"), List.of("offset_ms", "frozen_at"));
	}

	Optional<ClockSetting> find(String userId) {
		List<ClockSetting> found = this.jdbc.query("select offset_ms, frozen_at from account_clock where user_id = ?",
				(row, index) -> ClockSetting.of(row.getLong(1), (Long) row.getObject(2, Long.class)), userId);
		return found.stream().findFirst();
	}

	/** Every row, by UserId ({@link #START} included). */
	Map<String, ClockSetting> all() {
		Map<String, ClockSetting> all = new HashMap<>();
		this.jdbc.query("select user_id, offset_ms, frozen_at from account_clock", (row) -> {
			all.put(row.getString(1), ClockSetting.of(row.getLong(2), (Long) row.getObject(3, Long.class)));
		});
		return all;
	}

	void save(String userId, ClockSetting setting) {
		this.jdbc.update(this.upsert, userId, setting.offset().toMillis(), setting.frozenAtMillis());
	}

	/** Writes the starting clock unless one is there already: {@code false} then. */
	boolean saveStartIfAbsent(ClockSetting setting) {
		return this.jdbc.update(
				"insert into account_clock (user_id, offset_ms, frozen_at) select ?, ?, ? where not exists"
						+ " (select 1 from account_clock where user_id = ?)",
				START, setting.offset().toMillis(), setting.frozenAtMillis(), START) == 1;
	}

	void delete(String userId) {
		this.jdbc.update("delete from account_clock where user_id = ?", userId);
	}

	void deleteAll() {
		this.jdbc.update("delete from account_clock");
	}

}
