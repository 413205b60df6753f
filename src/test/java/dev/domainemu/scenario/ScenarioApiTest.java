package dev.domainemu.scenario;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * {@code /_emulator/scenarios}: loading all or nothing, refusals that name the file, the
 * entry and the field, replacing, listing, removing only what a scenario made, tasks in
 * each state, timelines and holds.
 */
class ScenarioApiTest extends EmulatorTest {

	private ValidatableResponse postYaml(String yaml) {
		return admin().contentType("application/yaml")
			.body(yaml.getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then();
	}

	@Test
	void aScenarioWithSeveralProblemsIsRefusedWholeWithEachProblemNamed() {
		String before = admin().get("/_emulator/clock").then().extract().path("now");
		JsonPath refused = postYaml("""
				name: broken
				clock: {now: "2030-01-01T00:00:00Z"}
				registrarDomains:
				  - domainName: fine.com
				domains:
				  - domainName: "not a domain"
				transferIns:
				  - domainName: a.com
				    timeline:
				      - {after: "two minutes", status: 29}
				tasks:
				  - {type: FETCH_THINGS, domainName: b.com}
				  - {type: QUERY_TRANSFER_AUTH_CODE, domainName: c.com, state: failed, result: x}
				faults:
				  - match: {step: nowhere}
				    transferIn: {status: 51}
				""").statusCode(400).extract().jsonPath();
		assertThat(refused.getString("error"))
			.startsWith("request body: domains[0].domainName: 'not a domain' is not a domain name")
			.endsWith("(and 4 more)");
		assertThat(refused.getList("problems.entry", String.class)).containsExactly("domains[0]", "transferIns[0]",
				"tasks[0]", "tasks[1]", "faults[0]");
		assertThat(refused.getList("problems.field", String.class)).containsExactly("domainName", "timeline[0].after",
				"type", "result", "match.step");
		assertThat(refused.getList("problems.file", String.class)).containsOnly("request body");
		assertThat(refused.getString("problems[1].message"))
			.isEqualTo("'two minutes' is not a duration such as 90s, 2m, 1h30m, 5d or PT2M");
		assertThat(refused.getString("problems[2].message")).startsWith("'FETCH_THINGS' is not one of [");
		// nothing was kept, and the clock was not moved
		admin().get("/_emulator/registrar-domains").then().statusCode(200).body("size()", equalTo(0));
		admin().get("/_emulator/scenarios").then().body("size()", equalTo(0));
		admin().get("/_emulator/clock").then().body("now", equalTo(before));
	}

	@Test
	void unknownFieldsWrongTypesAndBrokenSyntaxAreNamed() {
		postYaml("""
				transferIns:
				  - domainName: a.com
				    stauts: 20
				""").statusCode(400)
			.body("problems[0].entry", equalTo("transferIns[0]"))
			.body("problems[0].field", equalTo("stauts"))
			.body("problems[0].message", containsString("unknown field; the fields here are ["));
		postYaml("""
				transferIns:
				  - domainName: a.com
				    status: twenty
				""").statusCode(400)
			.body("error", equalTo("request body: transferIns[0].status: 'twenty' is not a whole number"));
		postYaml("""
				domains:
				  - domainName: a.com
				    registryFailures: [1, 2]
				""").statusCode(400).body("problems[0].field", equalTo("registryFailures"));
		postYaml("extra: 1\n").statusCode(400)
			.body("problems[0].entry", equalTo("extra"))
			.body("problems[0].field", equalTo(null));
		postYaml("domains: [ {domainName: a.com\n").statusCode(400)
			.body("error", containsString("request body: domains[0]: line 1, column "));
		postYaml("").statusCode(400).body("error", equalTo("request body: the document is empty"));
		admin().contentType("application/json")
			.body("{\"domains\": 5}")
			.post("/_emulator/scenarios")
			.then()
			.statusCode(400)
			.body("error", equalTo("request body.json: domains: must be a list"));
		admin().contentType("application/x-www-form-urlencoded")
			.body("name=x")
			.post("/_emulator/scenarios")
			.then()
			.statusCode(415)
			.body("field", equalTo("Content-Type"));
		admin().get("/_emulator/scenarios").then().body("size()", equalTo(0));
	}

	@Test
	void aConflictWithStoredDataUndoesTheWholeScenarioAndPutsTheClockBack() {
		seedDomain("taken.com", null, false);
		String before = admin().get("/_emulator/clock").then().extract().path("now");
		postYaml("""
				name: clash
				clock: {now: "2026-03-01T00:00:00Z"}
				registrarDomains:
				  - domainName: fresh.com
				domains:
				  - domainName: other.com
				  - domainName: taken.com
				transferIns:
				  - {domainName: open.com, status: 11}
				  - {domainName: open.com, status: 20}
				""").statusCode(400)
			.body("problems.entry", contains("domains[1]", "transferIns[1]"))
			.body("problems[0].message", equalTo("taken.com is already held"))
			.body("problems[1].message", equalTo("the account already has an open transfer-in of open.com"));
		admin().get("/_emulator/domains").then().body("domainName", contains("taken.com"));
		admin().get("/_emulator/transfer-ins").then().body("size()", equalTo(0));
		admin().get("/_emulator/registrar-domains/fresh.com").then().statusCode(200).body("seeded", equalTo(false));
		admin().get("/_emulator/outbox").then().body("size()", equalTo(0));
		admin().get("/_emulator/clock").then().body("now", equalTo(before));
		admin().get("/_emulator/journal?kind=transition").then().body("size()", equalTo(0));
	}

	@Test
	void aScenarioIsListedFetchedReplacedAndRemovedLeavingEverythingElse() {
		seedDomain("mine.com", null, false);
		String yaml = """
				name: lab
				registrarDomains:
				  - {domainName: r.com, authorizationCode: "R#1"}
				domains:
				  - {domainName: held.com}
				transferIns:
				  - {domainName: t.com, status: 11}
				tasks:
				  - {type: QUERY_TRANSFER_AUTH_CODE, domainName: held.com, state: succeeded, result: "Ab#1"}
				faults:
				  - match: {action: QueryTaskList}
				    error: {code: Throttling, httpStatus: 429}
				""";
		JsonPath loaded = postYaml(yaml).statusCode(201).extract().jsonPath();
		assertThat(loaded.getString("name")).isEqualTo("lab");
		assertThat(loaded.getString("account")).isEqualTo("1000000000000001");
		assertThat(loaded.getList("registrarDomains", String.class)).containsExactly("r.com");
		assertThat(loaded.getList("domains", String.class)).containsExactly("held.com");
		String firstInstance = loaded.getString("transferIns[0].id");
		admin().get("/_emulator/scenarios").then().statusCode(200).body("name", contains("lab"));
		admin().get("/_emulator/scenarios/lab")
			.then()
			.statusCode(200)
			.body("transferIns[0].id", equalTo(firstInstance));
		admin().get("/_emulator/scenarios/nope")
			.then()
			.statusCode(404)
			.body("error", equalTo("name: no scenario nope"));

		// a call made meanwhile is not the scenario's
		String callTask = post(
				Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "mine.com"))
			.ok()
			.get("TaskNo")
			.asString();

		// loading under the same name replaces it
		JsonPath replaced = postYaml(yaml).statusCode(201).extract().jsonPath();
		assertThat(replaced.getString("transferIns[0].id")).isNotEqualTo(firstInstance);
		admin().get("/_emulator/transfer-ins/" + firstInstance).then().statusCode(404);
		admin().get("/_emulator/faults").then().body("size()", equalTo(1));
		admin().get("/_emulator/scenarios").then().body("size()", equalTo(1));

		admin().delete("/_emulator/scenarios/lab").then().statusCode(204);
		admin().delete("/_emulator/scenarios/lab").then().statusCode(404);
		admin().get("/_emulator/scenarios").then().body("size()", equalTo(0));
		admin().get("/_emulator/domains").then().body("domainName", contains("mine.com"));
		admin().get("/_emulator/transfer-ins").then().body("size()", equalTo(0));
		admin().get("/_emulator/registrar-domains").then().body("size()", equalTo(0));
		admin().get("/_emulator/faults").then().body("size()", equalTo(0));
		admin().get("/_emulator/outbox").then().body("size()", equalTo(0));
		admin().get("/_emulator/tasks").then().body("taskNo", contains(callTask));
		admin().get("/_emulator/progression").then().body("timeline.pending", equalTo(0));
	}

	@Test
	void tasksAreMadeInEachStateAndAnotherNameAndAccountCanBeGiven() {
		JsonPath loaded = admin().contentType("application/json").queryParam("name", "given").body("""
				{"account": "2000000000000002",
				 "domains": [{"domainName": "a.com"}, {"domainName": "b.com"}, {"domainName": "c.com"},
				             {"domainName": "d.com"}],
				 "tasks": [
				   {"type": "QUERY_TRANSFER_AUTH_CODE", "domainName": "a.com"},
				   {"type": "QUERY_TRANSFER_AUTH_CODE", "domainName": "b.com", "state": "succeeded", "result": "Xy#9"},
				   {"type": "SET_TRANSFER_PROHIBITED", "domainName": "c.com", "transferProhibited": true,
				    "state": "failed", "errorMsg": "The registry is down.", "failReason": "RegistryDown"},
				   {"type": "SET_TRANSFER_PROHIBITED", "domainName": "d.com"}
				 ]}
				""").post("/_emulator/scenarios").then().statusCode(400).extract().jsonPath();
		assertThat(loaded.getString("error")).isEqualTo("request body.json: tasks[3].transferProhibited: "
				+ "is required with SET_TRANSFER_PROHIBITED (true turns the lock on)");
		loaded = admin().contentType("application/json").queryParam("name", "given").body("""
				{"account": "2000000000000002",
				 "domains": [{"domainName": "a.com"}, {"domainName": "b.com"}, {"domainName": "c.com"}],
				 "tasks": [
				   {"type": "QUERY_TRANSFER_AUTH_CODE", "domainName": "a.com"},
				   {"type": "QUERY_TRANSFER_AUTH_CODE", "domainName": "b.com", "state": "succeeded", "result": "Xy#9"},
				   {"type": "SET_TRANSFER_PROHIBITED", "domainName": "c.com", "transferProhibited": true,
				    "state": "failed", "errorMsg": "The registry is down.", "failReason": "RegistryDown"}
				 ]}
				""").post("/_emulator/scenarios").then().statusCode(201).extract().jsonPath();
		assertThat(loaded.getString("name")).isEqualTo("given");
		assertThat(loaded.getString("account")).isEqualTo("2000000000000002");
		List<String> taskNos = loaded.getList("tasks.id", String.class);
		String account = "2000000000000002";
		admin().queryParam("account", account)
			.get("/_emulator/tasks/" + taskNos.get(0))
			.then()
			.body("details[0].status", equalTo("WAITING_EXECUTE"));
		admin().queryParam("account", account)
			.get("/_emulator/tasks/" + taskNos.get(1))
			.then()
			.body("details[0].status", equalTo("EXECUTE_SUCCESS"))
			.body("details[0].result", equalTo("Xy#9"));
		admin().queryParam("account", account)
			.get("/_emulator/tasks/" + taskNos.get(2))
			.then()
			.body("task.type", equalTo("SET_TRANSFER_PROHIBITED"))
			.body("details[0].status", equalTo("EXECUTE_FAILURE"))
			.body("details[0].errorMsg", equalTo("The registry is down."))
			.body("details[0].failReason", equalTo("RegistryDown"));
		admin().get("/_emulator/tasks").then().body("size()", equalTo(0));
		// the pending task holds its domain; the finished ones do not
		postYaml("""
				account: "2000000000000002"
				tasks:
				  - {type: QUERY_TRANSFER_AUTH_CODE, domainName: a.com}
				  - {type: QUERY_TRANSFER_AUTH_CODE, domainName: b.com}
				  - {type: QUERY_TRANSFER_AUTH_CODE, domainName: z.com}
				""").statusCode(400)
			.body("problems.entry", contains("tasks[0]", "tasks[2]"))
			.body("problems[0].message", containsString("TaskIsBeingProcessed"))
			.body("problems[1].message", containsString("DomainNotExist"));
	}

	@Test
	void aTimelineMovesTheTransferAtItsTimesAndThenHandsItBack() {
		String instanceId = postYaml("""
				transferIns:
				  - domainName: t.com
				    status: 20
				    progressBarType: 2
				    timeline:
				      - {after: 90s, status: 21}
				      - {after: PT3M, status: 29}
				""").statusCode(201).extract().path("transferIns[0].id");
		admin().get("/_emulator/transfer-ins/" + instanceId)
			.then()
			.body("held", equalTo(true))
			.body("status", equalTo(20));
		admin().get("/_emulator/transfer-ins/" + instanceId + "/timeline")
			.then()
			.statusCode(200)
			.body("afterSeconds", contains(90.0f, 180.0f))
			.body("status", contains(21, 29));
		advanceSeconds(60);
		admin().get("/_emulator/transfer-ins/" + instanceId).then().body("status", equalTo(20));
		advanceSeconds(30);
		admin().get("/_emulator/transfer-ins/" + instanceId)
			.then()
			.body("status", equalTo(21))
			.body("resultCode", equalTo("nameVerificationFailed"));
		advanceSeconds(90);
		admin().get("/_emulator/transfer-ins/" + instanceId)
			.then()
			.body("status", equalTo(29))
			.body("held", equalTo(false));
		admin().get("/_emulator/transfer-ins/" + instanceId + "/timeline").then().body("size()", equalTo(0));
		advanceSeconds(60);
		admin().get("/_emulator/transfer-ins/" + instanceId).then().body("status", equalTo(59));
		admin().get("/_emulator/transfer-ins/" + instanceId + "/history")
			.then()
			.body("to", contains(20, 21, 29, 39, 59))
			.body("cause", contains("admin", "clock", "clock", "clock", "clock"));
		admin().get("/_emulator/transfer-ins/S2026NOPE/timeline").then().statusCode(404);
		postYaml("""
				transferIns:
				  - domainName: u.com
				    timeline:
				      - {after: 1m, status: 77}
				""").statusCode(400)
			.body("error",
					equalTo("request body: transferIns[0].timeline[0].status: " + "77 is not a documented Status"));
	}

	@Test
	void aHeldTransferStaysUntilReleasedAndThenGoesOn() {
		String instanceId = seedTransferIn(Map.of("domainName", "h.com", "status", 39, "hold", true));
		advanceSeconds(3600);
		admin().get("/_emulator/transfer-ins/" + instanceId).then().body("status", equalTo(39));
		admin().body("{}")
			.put("/_emulator/transfer-ins/" + instanceId + "/hold")
			.then()
			.statusCode(400)
			.body("field", equalTo("held"));
		admin().body("{\"held\": false}")
			.put("/_emulator/transfer-ins/S2026NOPE/hold")
			.then()
			.statusCode(404)
			.body("error", equalTo("instanceId: no transfer-in S2026NOPE"));
		admin().body("{\"held\": false}")
			.put("/_emulator/transfer-ins/" + instanceId + "/hold")
			.then()
			.statusCode(200)
			.body("held", equalTo(false));
		advanceSeconds(20);
		admin().get("/_emulator/transfer-ins/" + instanceId).then().body("status", equalTo(59));
		// holding again stops the service's own moves; the API and force still move it
		String other = seedTransferIn(Map.of("domainName", "i.com", "status", 10));
		admin().body("{\"held\": true}").put("/_emulator/transfer-ins/" + other + "/hold").then().statusCode(200);
		advanceSeconds(60);
		admin().get("/_emulator/transfer-ins/" + other).then().body("status", equalTo(10));
		admin().body("{\"status\": 52}")
			.post("/_emulator/transfer-ins/" + other + "/force")
			.then()
			.statusCode(200)
			.body("status", equalTo(52));
	}

	@Test
	void aStepFaultReplacesTheRegistryAnswerAndTheHistorySaysFault() {
		JsonPath loaded = admin().post("/_emulator/scenarios/examples/registry-rejects")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		String instanceId = loaded.getString("transferIns[0].id");
		long ruleId = loaded.getLong("faults[0]");
		advanceSeconds(30);
		admin().get("/_emulator/transfer-ins/" + instanceId)
			.then()
			.body("status", equalTo(51))
			.body("resultCode", equalTo("clientRejected"));
		admin().get("/_emulator/transfer-ins/" + instanceId + "/history")
			.then()
			.body("to", contains(39, 51))
			.body("cause", contains("admin", "fault"));
		admin().get("/_emulator/faults/firings?ruleId=" + ruleId)
			.then()
			.body("action", contains("registry"))
			.body("requestId", contains((Object) null));
		admin().get("/_emulator/faults/" + ruleId).then().body("fired", equalTo(1)).body("timesLeft", equalTo(0));
		admin().get("/_emulator/journal?kind=transition&instanceId=" + instanceId).then().body("cause", hasSize(2));
		// used up: the next transfer gets the registry's own answer
		String next = seedTransferIn(Map.of("domainName", "lab-registry-rejects.com", "status", 39));
		advanceSeconds(30);
		admin().get("/_emulator/transfer-ins/" + next).then().body("status", equalTo(59));
		admin().post("/_emulator/scenarios/examples/nothing")
			.then()
			.statusCode(404)
			.body("error", containsString("no example scenario nothing"));
	}

	@Test
	void stepFaultRulesAreCheckedWhenAdded() {
		admin(Map.of("match", Map.of("step", "registry"), "error", Map.of("code", "X"))).post("/_emulator/faults")
			.then()
			.statusCode(400)
			.body("field", equalTo("error"));
		admin(Map.of("match", Map.of("step", "registry"))).post("/_emulator/faults")
			.then()
			.statusCode(400)
			.body("error", equalTo("transferIn.status: is required with match.step"));
		admin(Map.of("match", Map.of("step", "registry"), "transferIn",
				Map.of("status", 29, "resultCode", "clientRejected")))
			.post("/_emulator/faults")
			.then()
			.statusCode(400)
			.body("error", equalTo("transferIn.resultCode: status 29 carries no ResultCode"));
		admin(Map.of("match", Map.of("action", "QueryTaskList"), "transferIn", Map.of("status", 51)))
			.post("/_emulator/faults")
			.then()
			.statusCode(400)
			.body("field", equalTo("transferIn"));
		admin(Map.of("match", Map.of("step", "name-audit"), "transferIn", Map.of("status", 21)))
			.post("/_emulator/faults")
			.then()
			.statusCode(201)
			.body("step", equalTo("name-audit"))
			.body("moveToStatus", equalTo(21));
	}

	@Test
	void aDryRunOnlyChecks() {
		admin().contentType("application/yaml")
			.queryParam("dryRun", true)
			.body("domains: [{domainName: a.com}]".getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then()
			.statusCode(204);
		admin().get("/_emulator/domains").then().body("size()", equalTo(0));
		admin().contentType("application/yaml")
			.queryParam("dryRun", true)
			.body("domains: [{domainName: 'a b'}]".getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then()
			.statusCode(400);
	}

	@Test
	void aDocumentIsReadAsUtf8WhateverCharsetItsContentTypeNamesAndMayStartWithAByteOrderMark() {
		byte[] document = "\uFEFF# Übung — zwei Domänen\ndomains: [{domainName: 'bom.com', email: 'zoë@bom.com'}]\n"
			.getBytes(StandardCharsets.UTF_8);
		admin().contentType("application/yaml; charset=ISO-8859-1")
			.body(document)
			.post("/_emulator/scenarios?name=utf8")
			.then()
			.statusCode(201)
			.body("domains", contains("bom.com"));
		admin().get("/_emulator/domains/bom.com").then().body("email", equalTo("zoë@bom.com"));
	}

}
