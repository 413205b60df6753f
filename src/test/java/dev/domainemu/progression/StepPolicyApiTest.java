package dev.domainemu.progression;

import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Step policies through {@code /_emulator/progression}: the defaults, changes at runtime
 * (re-timing steps already waiting), manual steps run on request, refusals, and reset.
 */
class StepPolicyApiTest extends EmulatorTest {

	@Test
	void defaultsAreListedWithTheirPendingCounts() {
		JsonPath steps = admin().get("/_emulator/progression").then().statusCode(200).extract().jsonPath();
		assertThat(steps.getMap("")).containsOnlyKeys("task-start", "task-execution", "processing", "name-audit",
				"registry", "expiry", "transfer-out-verification", "transfer-out-request", "transfer-out-approval",
				"transfer-out-expiry", "timeline");
		assertThat(steps.getString("'task-start'.policy")).isEqualTo("timed");
		assertThat(steps.getDouble("timeline.seconds")).isZero();
		assertThat(steps.getDouble("'task-start'.seconds")).isEqualTo(1.0);
		assertThat(steps.getDouble("'task-execution'.seconds")).isEqualTo(2.0);
		assertThat(steps.getDouble("processing.seconds")).isEqualTo(2.0);
		assertThat(steps.getDouble("'name-audit'.seconds")).isEqualTo(10.0);
		assertThat(steps.getDouble("registry.seconds")).isEqualTo(20.0);
		assertThat(steps.getDouble("expiry.seconds")).isEqualTo(15 * 24 * 3600.0);
		assertThat(steps.getDouble("'transfer-out-verification'.seconds")).isEqualTo(2.0);
		assertThat(steps.getDouble("'transfer-out-request'.seconds")).isEqualTo(60.0);
		assertThat(steps.getDouble("'transfer-out-approval'.seconds")).isEqualTo(5 * 24 * 3600.0);
		assertThat(steps.getDouble("'transfer-out-expiry'.seconds")).isEqualTo(15 * 24 * 3600.0);
		assertThat(steps.getInt("registry.pending")).isZero();
	}

	@Test
	void aManualStepWaitsUntilItIsRunAndThenRunsOnce() {
		setPolicy("registry", "manual");
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 39, "progressBarType", 3));
		advanceSeconds(3600);
		assertThat(status(instanceId)).isEqualTo(39);
		admin().get("/_emulator/progression").then().body("registry.pending", equalTo(1));
		admin().queryParam("target", "S2026NOTHINGHERE")
			.post("/_emulator/progression/registry/run")
			.then()
			.statusCode(200)
			.body("ran", equalTo(0));
		admin().queryParam("target", instanceId)
			.post("/_emulator/progression/registry/run")
			.then()
			.statusCode(200)
			.body("ran", equalTo(1));
		assertThat(status(instanceId)).isEqualTo(59);
		admin().post("/_emulator/progression/registry/run").then().statusCode(200).body("ran", equalTo(0));
	}

	@Test
	void changingAPolicyRetimesTheStepsAlreadyWaiting() {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 39, "progressBarType", 3));
		advanceSeconds(5);
		admin(Map.of("registry", Map.of("seconds", 60))).put("/_emulator/progression")
			.then()
			.statusCode(200)
			.body("registry.policy", equalTo("timed"))
			.body("registry.seconds", equalTo(60.0f));
		advanceSeconds(50);
		assertThat(status(instanceId)).isEqualTo(39);
		advanceSeconds(5);
		assertThat(status(instanceId)).isEqualTo(59);

		String held = seedTransferIn(Map.of("domainName", "other.com", "status", 39, "progressBarType", 3));
		setPolicy("registry", "manual");
		advanceSeconds(120);
		assertThat(status(held)).isEqualTo(39);
		setPolicy("registry", "immediate");
		assertThat(status(held)).isEqualTo(59);
	}

	@Test
	void resetPutsEveryPolicyBackAsConfigured() {
		setPolicy("name-audit", "manual");
		admin().post("/_emulator/reset").then().statusCode(204);
		admin().get("/_emulator/progression").then().statusCode(200).body("'name-audit'.policy", equalTo("timed"));
	}

	@Test
	void refusalsNameTheProblemAndChangeNothing() {
		admin(Map.of("registry", Map.of("policy", "manual"), "teleport", Map.of("policy", "manual")))
			.put("/_emulator/progression")
			.then()
			.statusCode(404)
			.body("field", equalTo("teleport"))
			.body("error", containsString("no such step"));
		admin(Map.of("registry", Map.of("policy", "sometimes"))).put("/_emulator/progression")
			.then()
			.statusCode(400)
			.body("field", equalTo("registry.policy"));
		admin(Map.of("registry", Map.of("seconds", -1))).put("/_emulator/progression")
			.then()
			.statusCode(400)
			.body("field", equalTo("registry.seconds"));
		admin(Map.of("registry", Map.of("seconds", "soon"))).put("/_emulator/progression").then().statusCode(400);
		admin(Map.of()).put("/_emulator/progression").then().statusCode(400);
		admin().body("[1,2]").put("/_emulator/progression").then().statusCode(400);
		admin().post("/_emulator/progression/teleport/run").then().statusCode(404).body("field", equalTo("kind"));
		admin().get("/_emulator/progression")
			.then()
			.body("registry.policy", equalTo("timed"))
			.body("registry.seconds", equalTo(20.0f));
	}

	private int status(String instanceId) {
		return rpc()
			.queryParams(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId, "Format", "JSON"))
			.post("/")
			.then()
			.statusCode(200)
			.extract()
			.path("Status");
	}

}
