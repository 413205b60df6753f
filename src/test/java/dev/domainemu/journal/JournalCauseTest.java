package dev.domainemu.journal;

import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal records each status change with the cause it was made with, the one its
 * transfer-in's history shows.
 */
class JournalCauseTest extends EmulatorTest {

	@Test
	void aFaultDrivenMoveIsJournaledWithTheCauseItsHistoryShows() {
		String instanceId = admin().post("/_emulator/scenarios/examples/registry-rejects")
			.then()
			.statusCode(201)
			.extract()
			.path("transferIns[0].id");
		advanceSeconds(30);

		List<String> history = admin().get("/_emulator/transfer-ins/{id}/history", instanceId)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.<Map<String, Object>>getList("$")
			.stream()
			.map((change) -> change.get("from") + "->" + change.get("to") + " " + change.get("cause"))
			.toList();
		List<String> journaled = journalEntries(Map.of("kind", "transition", "instanceId", instanceId)).stream()
			.map((entry) -> entry.get("from") + "->" + entry.get("to") + " " + entry.get("cause"))
			.toList();
		assertThat(history).containsExactly("null->39 admin", "39->51 fault");
		assertThat(journaled).isEqualTo(history);
	}

}
