package dev.domainemu.admin;

import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The read-only views of the control plane: domains, transfer-ins and tasks, listed and
 * fetched, and 404 for what the account does not have.
 */
class InspectionApiTest extends EmulatorTest {

	@Test
	void domainsAreListedAndFetched() {
		seedDomain("b.com", null, true);
		seedDomain("a.com", "Ab1#xyz89Kq7", false);
		JsonPath domains = admin().get("/_emulator/domains").then().statusCode(200).extract().jsonPath();
		assertThat(domains.getList("domainName", String.class)).containsExactly("a.com", "b.com");
		admin().get("/_emulator/domains/A.com")
			.then()
			.statusCode(200)
			.body("transferAuthorizationCode", equalTo("Ab1#xyz89Kq7"))
			.body("transferProhibited", equalTo(false));
		admin().get("/_emulator/domains/c.com")
			.then()
			.statusCode(404)
			.body("error", equalTo("domainName: c.com is not held by the account"));
		admin().queryParam("account", "2000000000000002").get("/_emulator/domains").then().body("size()", equalTo(0));
	}

	@Test
	void transferInsAreListedFilteredAndFetched() {
		String first = seedTransferIn(Map.of("domainName", "one.com", "status", 11));
		advanceSeconds(1);
		String second = seedTransferIn(Map.of("domainName", "two.com", "status", 59));
		JsonPath all = admin().get("/_emulator/transfer-ins").then().statusCode(200).extract().jsonPath();
		assertThat(all.getList("instanceId", String.class)).containsExactly(second, first);
		assertThat(admin().queryParam("status", 11)
			.get("/_emulator/transfer-ins")
			.then()
			.extract()
			.jsonPath()
			.getList("instanceId", String.class)).containsExactly(first);
		assertThat(admin().queryParam("domainName", "TWO.com")
			.get("/_emulator/transfer-ins")
			.then()
			.extract()
			.jsonPath()
			.getList("instanceId", String.class)).containsExactly(second);
		admin().get("/_emulator/transfer-ins/" + first).then().statusCode(200).body("status", equalTo(11));
		admin().get("/_emulator/transfer-ins/S20260000000000X")
			.then()
			.statusCode(404)
			.body("field", equalTo("instanceId"));
		admin().queryParam("domainName", "bad name")
			.get("/_emulator/transfer-ins")
			.then()
			.statusCode(400)
			.body("field", equalTo("domainName"));
	}

	@Test
	void tasksAreListedAndFetchedWithTheirDetails() {
		seedDomain("a.com", null, false);
		String taskNo = post(Map.of("Action", "SaveBatchTaskForTransferProhibitionLock", "DomainName.1", "a.com",
				"DomainName.2", "z.com", "Status", "true"))
			.ok()
			.path("TaskNo")
			.asString();
		advanceSeconds(5);
		JsonPath tasks = admin().get("/_emulator/tasks").then().statusCode(200).extract().jsonPath();
		assertThat(tasks.getList("taskNo", String.class)).containsExactly(taskNo);
		assertThat(tasks.getString("[0].status")).isEqualTo("COMPLETE");
		JsonPath task = admin().get("/_emulator/tasks/" + taskNo).then().statusCode(200).extract().jsonPath();
		assertThat(task.getString("task.type")).isEqualTo("SET_TRANSFER_PROHIBITED");
		assertThat(task.getList("details.domainName", String.class)).containsExactly("a.com", "z.com");
		assertThat(task.getList("details.status", String.class)).containsExactly("EXECUTE_SUCCESS", "EXECUTE_FAILURE");
		admin().get("/_emulator/tasks/nope").then().statusCode(404).body("field", equalTo("taskNo"));
		admin().queryParam("limit", 0).get("/_emulator/tasks").then().statusCode(400).body("field", equalTo("limit"));
	}

	@Test
	void aTransferInIsMovedByAnEventThroughTheTable() {
		setPolicy("processing", "manual");
		String instanceId = seedTransferIn(Map.of("domainName", "move.com", "status", 11, "progressBarType", 1));
		admin(Map.of("event", "MAIL_VERIFIED")).post("/_emulator/transfer-ins/" + instanceId + "/events")
			.then()
			.statusCode(200)
			.body("status", equalTo(19));
		admin(Map.of("event", "REGISTRY_ACCEPTED")).post("/_emulator/transfer-ins/" + instanceId + "/events")
			.then()
			.statusCode(409)
			.body("field", equalTo("event"))
			.body("error",
					equalTo("event: A transfer-in in Status 19 (progress bar type 1) cannot take REGISTRY_ACCEPTED"));
		admin().get("/_emulator/transfer-ins/" + instanceId).then().body("status", equalTo(19));
		admin(Map.of("event", "SUBMITTED_TO_REGISTRY")).post("/_emulator/transfer-ins/" + instanceId + "/events")
			.then()
			.statusCode(200)
			.body("status", equalTo(39));
		advanceSeconds(30);
		admin().get("/_emulator/transfer-ins/" + instanceId).then().body("status", equalTo(59));
		admin().get("/_emulator/domains/move.com").then().statusCode(200);
		admin(Map.of("event", "FLY")).post("/_emulator/transfer-ins/" + instanceId + "/events")
			.then()
			.statusCode(400)
			.body("field", equalTo("event"));
		admin(Map.of("event", "EXPIRED")).post("/_emulator/transfer-ins/S20260000000000X/events")
			.then()
			.statusCode(404)
			.body("field", equalTo("instanceId"));
		List<String> causes = admin().queryParam("instanceId", instanceId)
			.queryParam("kind", "transition")
			.get("/_emulator/journal")
			.then()
			.extract()
			.jsonPath()
			.getList("cause");
		assertThat(causes).containsExactly("admin", "admin", "admin", "clock");
		JsonPath history = admin().get("/_emulator/transfer-ins/" + instanceId + "/history")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(history.getList("from")).containsExactly(null, 11, 19, 39);
		assertThat(history.getList("to")).containsExactly(11, 19, 39, 59);
		assertThat(history.getList("cause")).containsExactly("admin", "admin", "admin", "clock");
		assertThat(history.getList("at", String.class)).containsExactly(T0.toString(), T0.toString(), T0.toString(),
				T0.plusSeconds(20).toString());
		admin().get("/_emulator/transfer-ins/S20260000000000X/history").then().statusCode(404);
	}

	@Test
	void aTransferInIsForcedIntoAnyDocumentedStatus() {
		setPolicy("processing", "manual");
		String instanceId = seedTransferIn(Map.of("domainName", "force.com", "status", 11));
		advanceSeconds(60);
		admin(Map.of("status", 52)).post("/_emulator/transfer-ins/" + instanceId + "/force")
			.then()
			.statusCode(200)
			.body("status", equalTo(52))
			.body("simpleTransferInStatus", equalTo("FAIL"))
			.body("resultCode", equalTo("transferExpired"))
			.body("resultDate", equalTo(T0.plusSeconds(60).toString()));
		admin(Map.of("status", 51, "resultCode", "transferProhibited"))
			.post("/_emulator/transfer-ins/" + instanceId + "/force")
			.then()
			.statusCode(200)
			.body("resultCode", equalTo("transferProhibited"))
			.body("transferAuthorizationCodeSubmissionDate", equalTo(T0.plusSeconds(60).toString()));
		admin(Map.of("status", 20)).post("/_emulator/transfer-ins/" + instanceId + "/force")
			.then()
			.statusCode(200)
			.body("status", equalTo(20))
			.body("resultDate", equalTo(null))
			.body("resultCode", equalTo(null))
			.body("transferAuthorizationCodeSubmissionDate", equalTo(null));
		advanceSeconds(10);
		admin().get("/_emulator/transfer-ins/" + instanceId).then().body("status", equalTo(29));

		admin(Map.of("status", 12)).post("/_emulator/transfer-ins/" + instanceId + "/force")
			.then()
			.statusCode(400)
			.body("field", equalTo("status"));
		admin(Map.of("status", 20, "resultCode", "clientCancelled"))
			.post("/_emulator/transfer-ins/" + instanceId + "/force")
			.then()
			.statusCode(400)
			.body("field", equalTo("resultCode"));
		admin(Map.of("status", 59)).post("/_emulator/transfer-ins/S20260000000000X/force").then().statusCode(404);
		String other = seedTransferIn(Map.of("domainName", "force.com", "status", 50));
		admin(Map.of("status", 11)).post("/_emulator/transfer-ins/" + other + "/force")
			.then()
			.statusCode(409)
			.body("field", equalTo("status"));
		admin().get("/_emulator/transfer-ins/" + other).then().body("status", equalTo(50));
		admin(Map.of("status", 59)).post("/_emulator/transfer-ins/" + instanceId + "/force").then().statusCode(200);
		admin().get("/_emulator/domains/force.com").then().statusCode(200);
	}

	@Test
	void aPendingTaskIsCompletedOrFailedWithAChosenOutcome() {
		seedDomain("a.com", null, false);
		seedDomain("b.com", null, false);
		String taskNo = post(Map.of("Action", "SaveBatchTaskForTransferProhibitionLock", "DomainName.1", "a.com",
				"DomainName.2", "b.com", "Status", "true"))
			.ok()
			.path("TaskNo")
			.asString();
		String first = admin().get("/_emulator/tasks/" + taskNo).then().extract().path("details[0].taskDetailNo");
		admin(Map.of("taskDetailNo", first, "outcome", "failure", "errorMsg", "Registry said no.", "failReason",
				"RegistryRefused"))
			.post("/_emulator/tasks/" + taskNo + "/finish")
			.then()
			.statusCode(200)
			.body("task.status", equalTo("EXECUTING"))
			.body("details[0].status", equalTo("EXECUTE_FAILURE"))
			.body("details[0].failReason", equalTo("RegistryRefused"))
			.body("details[1].status", equalTo("WAITING_EXECUTE"));
		admin(Map.of("taskDetailNo", first, "outcome", "success")).post("/_emulator/tasks/" + taskNo + "/finish")
			.then()
			.statusCode(409)
			.body("field", equalTo("taskDetailNo"));
		admin(Map.of("outcome", "success", "result", "done")).post("/_emulator/tasks/" + taskNo + "/finish")
			.then()
			.statusCode(200)
			.body("task.status", equalTo("COMPLETE"))
			.body("details[1].status", equalTo("EXECUTE_SUCCESS"))
			.body("details[1].result", equalTo("done"));
		advanceSeconds(10);
		JsonPath after = admin().get("/_emulator/tasks/" + taskNo).then().extract().jsonPath();
		assertThat(after.getList("details.status", String.class)).containsExactly("EXECUTE_FAILURE", "EXECUTE_SUCCESS");
		admin().get("/_emulator/domains/b.com").then().body("transferProhibited", equalTo(false));
		post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "a.com")).ok();

		admin(Map.of("outcome", "maybe")).post("/_emulator/tasks/" + taskNo + "/finish")
			.then()
			.statusCode(400)
			.body("field", equalTo("outcome"));
		admin(Map.of("outcome", "success", "taskDetailNo", "nope")).post("/_emulator/tasks/" + taskNo + "/finish")
			.then()
			.statusCode(404)
			.body("field", equalTo("taskDetailNo"));
		admin(Map.of("outcome", "success")).post("/_emulator/tasks/nope/finish")
			.then()
			.statusCode(404)
			.body("field", equalTo("taskNo"));
	}

	@Test
	void seedingTakesAnAccountAndKeepsAccountsApart() {
		String other = "2000000000000002";
		admin(Map.of("domainName", "theirs.com")).queryParam("account", other)
			.post("/_emulator/domains")
			.then()
			.statusCode(201)
			.body("userId", equalTo(other));
		String instanceId = admin(Map.of("domainName", "moving.com", "status", 11)).queryParam("account", other)
			.post("/_emulator/transfer-ins")
			.then()
			.statusCode(201)
			.extract()
			.path("instanceId");
		admin().get("/_emulator/domains").then().body("size()", equalTo(0));
		admin().queryParam("account", other)
			.get("/_emulator/domains")
			.then()
			.body("domainName", equalTo(List.of("theirs.com")));
		admin().get("/_emulator/transfer-ins/" + instanceId).then().statusCode(404);
		admin().queryParam("account", other).get("/_emulator/transfer-ins/" + instanceId).then().statusCode(200);
		admin().get("/_emulator/outbox").then().body("size()", equalTo(0));
		admin().queryParam("account", other)
			.get("/_emulator/outbox")
			.then()
			.body("domainName", equalTo(List.of("moving.com")));
		assertThat(post(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId)).status())
			.isEqualTo(404);
	}

}
