package dev.domainemu.progression;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.storage.SharedDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The step policies accounts changed, in {@code account_step_setting}: written in the
 * caller's transaction, read by every emulator on the database.
 */
@Repository
class StepSettingStore {

	private final JdbcTemplate jdbc;

	private final String upsert;

	StepSettingStore(JdbcTemplate jdbc, SharedDatabase database) {
		this.jdbc = jdbc;
		this.upsert = database.upsert("account_step_setting", List.of("user_id", "kind"),
				List.of("policy", "duration_ms"));
	}

	void save(String account, String kind, StepSetting setting) {
		this.jdbc.update(this.upsert, account, kind, setting.policy().name(), setting.duration().toMillis());
	}

	/** The settings the account changed, by kind. */
	Map<String, StepSetting> of(String account) {
		Map<String, StepSetting> settings = new HashMap<>();
		this.jdbc.query("select kind, policy, duration_ms from account_step_setting where user_id = ?",
				(RowCallbackHandler) (row) -> settings.put(row.getString(1), setting(row.getString(2), row.getLong(3))),
				account);
		return settings;
	}

	/** Every account's changed settings, by account and kind. */
	Map<String, Map<String, StepSetting>> all() {
		Map<String, Map<String, StepSetting>> all = new HashMap<>();
		this.jdbc.query("select user_id, kind, policy, duration_ms from account_step_setting",
				(RowCallbackHandler) (row) -> all.computeIfAbsent(row.getString(1), (account) -> new HashMap<>())
					.put(row.getString(2), setting(row.getString(3), row.getLong(4))));
		return all;
	}

	void delete(String account) {
		this.jdbc.update("delete from account_step_setting where user_id = ?", account);
	}

	void deleteAll() {
		this.jdbc.update("delete from account_step_setting");
	}

	private static StepSetting setting(String policy, long durationMillis) {
		return new StepSetting(StepPolicy.valueOf(policy), Duration.ofMillis(durationMillis));
	}

}
