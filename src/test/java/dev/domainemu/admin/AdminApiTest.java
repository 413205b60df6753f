package dev.domainemu.admin;

import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * The seeding API under /_emulator.
 */
class AdminApiTest extends EmulatorTest {

	@Test
	void healthIsUp() {
		RestAssured.given()
			.port(this.port)
			.get("/_emulator/health")
			.then()
			.statusCode(200)
			.body("status", equalTo("UP"));
	}

	@Test
	void domainIsStoredAndNormalised() {
		admin(Map.of("domainName", "Example.COM", "transferAuthorizationCode", "Ab1#xyz89Kq7", "transferProhibited",
				true))
			.post("/_emulator/domains")
			.then()
			.statusCode(201)
			.body("domainName", equalTo("example.com"))
			.body("userId", equalTo("1000000000000001"))
			.body("transferAuthorizationCode", equalTo("Ab1#xyz89Kq7"))
			.body("transferProhibited", equalTo(true))
			.body("createdAt", equalTo("2026-01-15T04:00:00Z"));
		admin(Map.of("domainName", "example.com")).post("/_emulator/domains")
			.then()
			.statusCode(409)
			.body("field", equalTo("domainName"));
	}

	@Test
	void transferInDerivedFieldsAreComputed() {
		admin(Map.of("domainName", "example.com", "status", 52)).post("/_emulator/transfer-ins")
			.then()
			.statusCode(201)
			.body("instanceId", matchesPattern("S2026[0-9A-Z]{11}"))
			.body("status", equalTo(52))
			.body("simpleTransferInStatus", equalTo("FAIL"))
			.body("resultCode", equalTo("transferExpired"))
			.body("resultDate", equalTo("2026-01-15T04:00:00Z"))
			.body("expirationDate", equalTo("2026-01-30T04:00:00Z"))
			.body("needMailCheck", equalTo(true))
			.body("transferAuthorizationCodeSubmissionDate", nullValue());
		admin(Map.of("domainName", "example.com")).post("/_emulator/transfer-ins")
			.then()
			.statusCode(201)
			.body("status", equalTo(10))
			.body("simpleTransferInStatus", equalTo("INIT"))
			.body("progressBarType", equalTo(0))
			.body("resultDate", nullValue());
		admin(Map.of("domainName", "example.com", "progressBarType", 3, "status", 51, "resultCode", "serverCancelled"))
			.post("/_emulator/transfer-ins")
			.then()
			.statusCode(201)
			.body("needMailCheck", equalTo(false))
			.body("resultCode", equalTo("serverCancelled"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "{\"status\":10}|domainName", "{\"domainName\":\"a b\"}|domainName",
					"{\"domainName\":\"a.com\",\"status\":12}|status",
					"{\"domainName\":\"a.com\",\"progressBarType\":4}|progressBarType",
					"{\"domainName\":\"a.com\",\"status\":50,\"resultCode\":\"nope\"}|resultCode",
					"{\"domainName\":\"a.com\",\"status\":10,\"resultCode\":\"clientCancelled\"}|resultCode",
					"{\"domainName\":\"a.com\",\"status\":\"ten\"}|status" })
	void invalidTransferInsAreRefusedNamingTheField(String body, String field) {
		admin().body(body)
			.post("/_emulator/transfer-ins")
			.then()
			.statusCode(400)
			.body("field", equalTo(field))
			.body("error", matchesPattern(field + ": .+"));
	}

	@Test
	void registrarDomainIsSeededWithItsDefaults() {
		admin(Map.of("domainName", "Elsewhere.com")).post("/_emulator/registrar-domains")
			.then()
			.statusCode(201)
			.body("domainName", equalTo("elsewhere.com"))
			.body("authorizationCode", nullValue())
			.body("transferProhibited", equalTo(false))
			.body("whoisEmail", equalTo("admin@elsewhere.com"))
			.body("premium", equalTo(false))
			.body("seeded", equalTo(true));
		admin(Map.of("domainName", "elsewhere.com", "authorizationCode", "Ab1#xyz89Kq7", "transferProhibited", true,
				"whoisEmail", "", "premium", true))
			.post("/_emulator/registrar-domains")
			.then()
			.statusCode(201)
			.body("authorizationCode", equalTo("Ab1#xyz89Kq7"))
			.body("transferProhibited", equalTo(true))
			.body("whoisEmail", nullValue())
			.body("premium", equalTo(true));
		admin(Map.of("transferProhibited", true)).post("/_emulator/registrar-domains")
			.then()
			.statusCode(400)
			.body("field", equalTo("domainName"));
		admin().body("{\"domainName\":\"x.com\",\"premium\":\"maybe\"}")
			.post("/_emulator/registrar-domains")
			.then()
			.statusCode(400)
			.body("field", equalTo("premium"));
	}

	@Test
	void malformedJsonIsRefused() {
		admin().body("{not json").post("/_emulator/domains").then().statusCode(400).body("error", matchesPattern(".+"));
		admin().body("{\"transferProhibited\":true}")
			.post("/_emulator/domains")
			.then()
			.statusCode(400)
			.body("field", equalTo("domainName"));
	}

	@Test
	void resetRemovesEverything() {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com"));
		seedDomain("example.com", null, false);
		RestAssured.given().port(this.port).post("/_emulator/reset").then().statusCode(204);
		rpc().queryParams(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId, "Format", "JSON"))
			.post("/")
			.then()
			.statusCode(404);
		rpc()
			.queryParams(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName",
					"example.com", "Format", "JSON"))
			.post("/")
			.then()
			.statusCode(400)
			.body("Code", equalTo("DomainNotExist"));
	}

	@Test
	void clockCanBeReadSetFrozenAndAdvanced() {
		RestAssured.given()
			.port(this.port)
			.get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-01-15T04:00:00Z"))
			.body("frozen", equalTo(true));
		admin(Map.of("seconds", 90)).post("/_emulator/clock/advance")
			.then()
			.statusCode(200)
			.body("now", equalTo("2026-01-15T04:01:30Z"));
		admin(Map.of("now", "2026-03-01T00:00:00Z")).put("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-03-01T00:00:00Z"))
			.body("frozen", equalTo(true));
		admin(Map.of("now", "2025-01-01T00:00:00Z")).put("/_emulator/clock")
			.then()
			.body("now", equalTo("2025-01-01T00:00:00Z"));
		admin(Map.of("seconds", -1)).post("/_emulator/clock/advance")
			.then()
			.statusCode(400)
			.body("field", equalTo("seconds"));
		admin(Map.of("frozen", false)).put("/_emulator/clock").then().body("frozen", equalTo(false));
	}

	@Test
	void aSecondOpenTransferInOfADomainIsAConflict() {
		seedTransferIn(Map.of("domainName", "example.com", "status", 11));
		admin(Map.of("domainName", "example.com", "status", 31)).post("/_emulator/transfer-ins")
			.then()
			.statusCode(409)
			.body("field", org.hamcrest.Matchers.equalTo("domainName"))
			.body("error", org.hamcrest.Matchers.containsString("open transfer-in"));
		seedTransferIn(Map.of("domainName", "example.com", "status", 52));
		admin().get("/_emulator/outbox?domainName=example.com")
			.then()
			.statusCode(200)
			.body("size()", org.hamcrest.Matchers.equalTo(1));
	}

	@Test
	void actionsListsWhatIsImplementedAndWhatIsNot() {
		JsonPath actions = admin().get("/_emulator/actions").then().statusCode(200).extract().jsonPath();
		assertThat(actions.getList("implemented", String.class))
			.contains("QueryTaskList", "SaveSingleTaskForQueryingTransferAuthorizationCode", "QueryTransferOutInfo")
			.hasSize(23)
			.isSorted();
		assertThat(actions.getList("notImplemented", String.class))
			.contains("TestOnlyUnimplementedAction", "SaveSingleTaskForCreatingDnsHost")
			.doesNotContain("QueryTaskList")
			.hasSize(127 + 1 - 23)
			.isSorted();
	}

}
