package dev.domainemu.scenario;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused scenario changes nothing at all: not the clock, not the waiting steps, not a
 * row, even when it would have moved the clock past steps that were due.
 */
class RefusedScenarioTest extends EmulatorTest {

	private static final List<String> TABLES = List.of("held_domain", "registrar_domain", "task", "task_detail",
			"domain_task_guard", "scheduled_step", "transfer_in", "transfer_in_history", "transfer_in_order",
			"transfer_in_timeline", "transfer_out", "outbox_mail", "fault_rule", "fault_firing", "scenario",
			"scenario_item", "account_clock");

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRefusedScenarioLeavesTheClockStepsAndRowsAsTheyWere() {
		seedDomain("taken.com", null, false);
		post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "taken.com")).ok();
		seedTransferIn(Map.of("domainName", "moving.com", "status", 39));
		Map<String, Object> before = snapshot();

		String scenario = """
				name: refused
				clock:
				  now: 2026-01-15T13:00:00+08:00
				domains:
				  - domainName: fresh.com
				  - domainName: taken.com
				""";
		admin().contentType("application/yaml")
			.body(scenario.getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then()
			.statusCode(400);

		assertThat(snapshot()).isEqualTo(before);
	}

	private Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("clock", admin().get("/_emulator/clock").then().statusCode(200).extract().asString());
		for (String table : TABLES) {
			snapshot.put(table, this.jdbc.queryForList("select * from " + table + " order by 1, 2"));
		}
		return snapshot;
	}

}
