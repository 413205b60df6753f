package dev.domainemu.journal;

import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code /_emulator/journal}: every RPC call with its outcome, every status change with
 * its cause, filters, and clearing.
 */
class JournalApiTest extends EmulatorTest {

	@Test
	void callsAreJournaledWithTheirOutcome() {
		seedDomain("example.com", null, false);
		String requestId = post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName",
				"example.com", "UserClientIp", "203.0.113.7"))
			.ok()
			.path("RequestId")
			.asString();
		post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode"));
		post(Map.of("Action", "TransferInCheckMailToken", "Token", "a-secret-token"));

		JsonPath calls = journal(Map.of("kind", "call"));
		assertThat(calls.getList("action", String.class)).containsExactly(
				"SaveSingleTaskForQueryingTransferAuthorizationCode",
				"SaveSingleTaskForQueryingTransferAuthorizationCode", "TransferInCheckMailToken");
		assertThat(calls.getString("[0].requestId")).isEqualTo(requestId);
		assertThat(calls.getInt("[0].httpStatus")).isEqualTo(200);
		assertThat(calls.getString("[0].code")).isNull();
		assertThat(calls.getString("[0].parameters.DomainName")).isEqualTo("example.com");
		assertThat(calls.getString("[0].parameters.UserClientIp")).isEqualTo("203.0.113.7");
		assertThat(calls.getString("[0].account")).isEqualTo("1000000000000001");
		assertThat(calls.getString("[0].at")).isEqualTo(T0.toString());
		assertThat(calls.getLong("[0].latencyMs")).isNotNegative();
		assertThat(calls.getInt("[1].httpStatus")).isEqualTo(400);
		assertThat(calls.getString("[1].code")).isEqualTo("MissingDomainName");
		assertThat(calls.getString("[2].code")).isEqualTo("TokenFailed");
		assertThat(calls.getString("[2].parameters.Token")).isEqualTo("******");

		assertThat(journal(Map.of("code", "MissingDomainName")).getList("code")).containsExactly("MissingDomainName");
		assertThat(journal(Map.of("action", "TransferInCheckMailToken")).getList("$")).hasSize(1);
		assertThat(journal(Map.of("domainName", "example.com", "kind", "call")).getList("$")).hasSize(1);
		assertThat(journal(Map.of("from", T0.plusSeconds(1).toString())).getList("$")).isEmpty();
		assertThat(journal(Map.of("to", T0.plusSeconds(1).toString())).getList("$")).hasSize(4);
		assertThat(journal(Map.of("account", "2000000000000002")).getList("$")).isEmpty();
	}

	@Test
	void statusChangesAreJournaledWithTheirCause() {
		seedDomain("example.com", null, false);
		String instanceId = seedTransferIn(Map.of("domainName", "moving.com", "status", 10, "progressBarType", 3));
		post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "example.com")).ok();
		advanceSeconds(5);

		JsonPath transfer = journal(Map.of("instanceId", instanceId, "kind", "transition"));
		assertThat(transfer.getList("from")).startsWith(null, "10");
		assertThat(transfer.getList("to", String.class)).startsWith("10", "39");
		assertThat(transfer.getList("cause", String.class)).startsWith("admin", "clock");
		assertThat(transfer.getString("[0].subject")).isEqualTo("transfer-in");
		assertThat(transfer.getString("[0].domainName")).isEqualTo("moving.com");

		JsonPath task = journal(Map.of("domainName", "example.com", "kind", "transition"));
		List<Map<String, String>> changes = task.getList("$");
		assertThat(changes)
			.extracting((change) -> change.get("subject") + " " + change.get("from") + "→" + change.get("to") + " "
					+ change.get("cause"))
			.containsExactly("task-detail null→WAITING_EXECUTE api", "task-detail WAITING_EXECUTE→EXECUTING clock",
					"transfer-out null→1 clock", "task-detail EXECUTING→EXECUTE_SUCCESS clock",
					"transfer-out 1→2 clock");
		assertThat(task.getList("at", String.class)).containsExactly(T0.toString(), T0.plusSeconds(1).toString(),
				T0.plusSeconds(3).toString(), T0.plusSeconds(3).toString(), T0.plusSeconds(5).toString());
	}

	@Test
	void theJournalIsClearedAndRefusesBadFilters() {
		post(Map.of("Action", "QueryTaskList", "PageNum", 1, "PageSize", 1)).ok();
		admin().delete("/_emulator/journal").then().statusCode(204);
		assertThat(journal(Map.of()).getList("$")).isEmpty();
		admin().queryParam("from", "yesterday")
			.get("/_emulator/journal")
			.then()
			.statusCode(400)
			.body("field", equalTo("from"));
		admin().queryParam("kind", "other")
			.get("/_emulator/journal")
			.then()
			.statusCode(400)
			.body("field", equalTo("kind"));
		admin().queryParam("limit", 0).get("/_emulator/journal").then().statusCode(400).body("field", equalTo("limit"));
	}

	private JsonPath journal(Map<String, String> filter) {
		return admin().queryParams(filter).get("/_emulator/journal").then().statusCode(200).extract().jsonPath();
	}

}
