package dev.domainemu.scenario;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.CheckTransferInFeasibilityRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Scenarios belong to an account: the document's, or else the one the call names; each
 * account names its own scenarios, moves its own clock with them, and a scenario can
 * register the access keys that act for its account.
 */
class ScenarioAccountsTest extends EmulatorTest {

	private ValidatableResponse load(String yaml, String account) {
		var request = admin().contentType("application/yaml").body(yaml.getBytes(StandardCharsets.UTF_8));
		if (account != null) {
			request = request.queryParam("account", account);
		}
		return request.post("/_emulator/scenarios").then();
	}

	@Test
	void aScenarioRegistersItsKeysForItsAccountAndTakesThemAwayWhenRemoved() throws ClientException {
		String scenario = """
				name: keyed
				account: "3000000000000777"
				keys:
				  - accessKeyId: LTAIscenarioKey01
				    accessKeySecret: scenario-secret
				domains:
				  - domainName: keyed.com
				registrarDomains:
				  - domainName: locked-in.com
				    transferProhibited: true
				""";
		load(scenario, null).statusCode(201)
			.body("account", equalTo("3000000000000777"))
			.body("keys", contains("LTAIscenarioKey01"));
		admin().get("/_emulator/accounts/3000000000000777")
			.then()
			.statusCode(200)
			.body("accessKeyIds", hasItem("LTAIscenarioKey01"));
		LegacySdk sdk = new LegacySdk(endpoint(), FormatType.JSON, "LTAIscenarioKey01", "scenario-secret");
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest authCode = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		authCode.setDomainName("keyed.com");
		assertThat(sdk.call(authCode).getTaskNo()).isNotBlank();
		CheckTransferInFeasibilityRequest feasibility = new CheckTransferInFeasibilityRequest();
		feasibility.setDomainName("locked-in.com");
		assertThat(sdk.call(feasibility).getCanTransfer()).isFalse();
		// the registrar's view is the scenario account's alone
		LegacySdk other = new LegacySdk(endpoint(), FormatType.JSON);
		assertThat(other.call(feasibility).getCanTransfer()).isTrue();

		admin().queryParam("account", "3000000000000777").delete("/_emulator/scenarios/keyed").then().statusCode(204);
		// the key is gone: in shared mode it now acts for the default account, which
		// holds nothing
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(authCode)).getErrCode())
			.isEqualTo("DomainNotExist");
		assertThat(admin().get("/_emulator/accounts/3000000000000777").jsonPath().getList("accessKeyIds"))
			.doesNotContain("LTAIscenarioKey01");
	}

	@Test
	void eachAccountNamesItsOwnScenariosAndMovesItsOwnClock() {
		JsonPath a = newAccount();
		JsonPath b = newAccount();
		for (JsonPath account : List.of(a, b)) {
			admin(Map.of("frozen", true, "now", T0.toString())).queryParam("account", account.getString("userId"))
				.put("/_emulator/clock")
				.then()
				.statusCode(200);
		}
		String lab = """
				name: lab
				clock:
				  now: 2026-01-16T12:00:00+08:00
				domains:
				  - domainName: lab.com
				""";
		load(lab, a.getString("userId")).statusCode(201).body("account", equalTo(a.getString("userId")));
		load(lab.replace("2026-01-16", "2026-01-17"), b.getString("userId")).statusCode(201);
		admin().queryParam("account", a.getString("userId"))
			.get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-01-16T04:00:00Z"));
		admin().queryParam("account", b.getString("userId"))
			.get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-01-17T04:00:00Z"));
		admin().get("/_emulator/clock").then().body("now", equalTo(T0.toString()));
		assertThat(admin().get("/_emulator/scenarios").jsonPath().getList("$")).isEmpty();

		admin().queryParam("account", a.getString("userId")).delete("/_emulator/scenarios/lab").then().statusCode(204);
		admin().queryParam("account", a.getString("userId")).get("/_emulator/scenarios/lab").then().statusCode(404);
		admin().queryParam("account", b.getString("userId"))
			.get("/_emulator/scenarios/lab")
			.then()
			.statusCode(200)
			.body("domains", contains("lab.com"));
		assertThat(admin().queryParam("account", b.getString("userId"))
			.get("/_emulator/domains")
			.jsonPath()
			.getList("domainName")).containsExactly("lab.com");
		assertThat(admin().queryParam("account", a.getString("userId"))
			.get("/_emulator/domains")
			.jsonPath()
			.getList("domainName")).isEmpty();
	}

	@Test
	void aDocumentAndACallThatNameDifferentAccountsAreRefused() {
		JsonPath account = newAccount();
		load("""
				account: "3000000000000888"
				domains:
				  - domainName: x.com
				""", account.getString("userId")).statusCode(400)
			.body("problems[0].entry", equalTo("account"))
			.body("problems[0].message", org.hamcrest.Matchers.containsString("leave one of them out"));
		load("""
				keys:
				  - accessKeyId: "bad key"
				    accessKeySecret: s
				  - accessKeyId: twice
				    accessKeySecret: s
				  - accessKeyId: twice
				    accessKeySecret: s
				""", null).statusCode(400)
			.body("problems.entry", contains("keys[0]", "keys[2]"))
			.body("problems.field", contains("accessKeyId", "accessKeyId"));
		assertThat(admin().get("/_emulator/accounts").jsonPath().getList("userId")).doesNotContain("3000000000000888");
	}

}
