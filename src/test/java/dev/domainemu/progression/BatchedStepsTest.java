package dev.domainemu.progression;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RunsBeside;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps due at one time run a kind at a time through the handlers' batched paths (more of
 * them than one batch, and than one {@code in (…)} list): each target ends as it would on
 * its own, whatever the others in its batch meet. Runs on a database of its own: it
 * changes rows underneath the emulator.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:batched-steps;DB_CLOSE_DELAY=-1")
@DirtiesContext
@RunsBeside
class BatchedStepsTest extends EmulatorTest {

	private static final int COUNT = 1_200;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyTargetOfABatchEndsAsItWouldAlone() {
		admin(Map.of("prefix", "batch", "count", COUNT, "tasks",
				Map.of("type", "SET_TRANSFER_PROHIBITED", "transferProhibited", true), "transferIns",
				Map.of("status", 39)))
			.post("/_emulator/bulk")
			.then()
			.statusCode(201);
		for (int n = 1; n <= COUNT; n++) {
			switch (n % 5) {
				// the held domain is gone before its lock task runs: the detail fails
				case 1 -> this.jdbc.update("delete from held_domain where domain_name = ?", name(n));
				// the registry meets one transient error: the lock is set on the retry
				case 2 ->
					this.jdbc.update("update held_domain set registry_failures = 1 where domain_name = ?", name(n));
				// the losing registrar has the incoming domain locked: refused (51)
				case 3 -> seedRegistrar(Map.of("domainName", incoming(n), "transferProhibited", true));
				// the account holds the incoming domain already: completed, held once
				case 4 -> seedDomain(incoming(n), null, false);
				default -> {
				}
			}
		}

		advanceSeconds(120);

		Map<String, Map<String, Object>> details = new HashMap<>();
		this.jdbc.queryForList("select domain_name, status_code, try_count from task_detail")
			.forEach((row) -> details.put((String) row.get("DOMAIN_NAME"), row));
		Map<String, Boolean> locks = new HashMap<>();
		this.jdbc.queryForList("select domain_name, transfer_prohibited from held_domain")
			.forEach((row) -> locks.put((String) row.get("DOMAIN_NAME"), (Boolean) row.get("TRANSFER_PROHIBITED")));
		Map<String, Integer> transfers = new HashMap<>();
		this.jdbc.queryForList("select domain_name, status_code from transfer_in")
			.forEach((row) -> transfers.put((String) row.get("DOMAIN_NAME"), (Integer) row.get("STATUS_CODE")));
		for (int n = 1; n <= COUNT; n++) {
			Map<String, Object> detail = details.get(name(n));
			// EXECUTE_FAILURE (3) or EXECUTE_SUCCESS (2)
			assertThat(detail.get("STATUS_CODE")).as(name(n)).isEqualTo((n % 5 == 1) ? 3 : 2);
			assertThat(detail.get("TRY_COUNT")).as(name(n)).isEqualTo((n % 5 == 2) ? 1 : 0);
			if (n % 5 == 1) {
				assertThat(locks).as(name(n)).doesNotContainKey(name(n));
			}
			else {
				assertThat(locks.get(name(n))).as(name(n)).isTrue();
			}
			assertThat(transfers.get(incoming(n))).as(incoming(n)).isEqualTo((n % 5 == 3) ? 51 : 59);
			if (n % 5 == 3) {
				assertThat(locks).as(incoming(n)).doesNotContainKey(incoming(n));
			}
			else {
				assertThat(locks.get(incoming(n))).as(incoming(n)).isFalse();
			}
		}
		// nothing waits, nothing is claimed, nothing failed, every domain is held once,
		// and the total of results agrees with the rows
		assertThat(this.jdbc.queryForObject("select count(*) from scheduled_step", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from domain_task_guard", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from held_domain", Integer.class))
			.isEqualTo(COUNT - COUNT / 5 + COUNT - COUNT / 5);
		assertThat(this.jdbc.queryForObject("select total from account_total where name = 'results'", Long.class))
			.isEqualTo(COUNT);
		Map<String, Map<String, Object>> progression = admin().get("/_emulator/progression")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getMap("$");
		progression.forEach((kind, state) -> assertThat(state.get("failed")).as(kind).isEqualTo(0));
		// every change is in the journal once: a start and an end per detail, an answer
		// per transfer-in
		List<Map<String, Object>> moves = journalEntries(Map.of("kind", "transition", "limit", 100_000));
		assertThat(moves.stream().filter((move) -> "task-detail".equals(move.get("subject"))).count())
			.isEqualTo(2L * COUNT);
		assertThat(moves.stream()
			.filter((move) -> "transfer-in".equals(move.get("subject")) && "39".equals(move.get("from")))
			.count()).isEqualTo(COUNT);
	}

	private static String name(int n) {
		return "batch-" + n + ".com";
	}

	private static String incoming(int n) {
		return "batch-in-" + n + ".com";
	}

}
