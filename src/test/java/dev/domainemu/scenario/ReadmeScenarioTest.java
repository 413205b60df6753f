package dev.domainemu.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The scenario the Scenarios page shows ({@code docs/examples/checkout-lab.yaml}) loads
 * as it says, so the copy a reader pastes works.
 */
class ReadmeScenarioTest extends EmulatorTest {

	/**
	 * The document docs/scenarios.md shows (DocsExamplesTest holds the page to the file).
	 */
	private static String readmeScenario() throws IOException {
		return Files.readString(Path.of("docs", "examples", "checkout-lab.yaml"), StandardCharsets.UTF_8);
	}

	@Test
	void theReadmeScenarioLoadsAsDescribed() throws IOException {
		JsonPath loaded = admin().contentType("application/yaml")
			.body(readmeScenario().getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then()
			.log()
			.ifValidationFails()
			.statusCode(201)
			.body("name", equalTo("checkout-lab"))
			.body("keys", equalTo(List.of("LTAIcheckoutLab01")))
			.body("registrarDomains", equalTo(List.of("moving.com")))
			.body("domains", equalTo(List.of("mine.com")))
			.body("transferIns.domainName", equalTo(List.of("moving.com", "stuck.com", "gone.com")))
			.body("tasks.domainName", equalTo(List.of("mine.com")))
			.body("faults.size()", equalTo(1))
			.extract()
			.jsonPath();
		admin().get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-11-24T02:00:00Z"))
			.body("frozen", equalTo(true));
		String moving = loaded.getString("transferIns[0].id");
		admin().get("/_emulator/transfer-ins/" + moving).then().body("status", equalTo(20));
		admin().get("/_emulator/transfer-ins/" + loaded.getString("transferIns[1].id"))
			.then()
			.body("status", equalTo(11))
			.body("held", equalTo(true));
		admin().get("/_emulator/transfer-ins/" + loaded.getString("transferIns[2].id"))
			.then()
			.body("status", equalTo(52))
			.body("resultCode", equalTo("transferExpired"));
		admin().get("/_emulator/outbox?domainName=stuck.com").then().body("size()", equalTo(1));
		admin().get("/_emulator/tasks/" + loaded.getString("tasks[0].id"))
			.then()
			.body("details[0].status", equalTo("WAITING_EXECUTE"));

		admin(Map.of("seconds", 90)).post("/_emulator/clock/advance").then().statusCode(200);
		admin().get("/_emulator/transfer-ins/" + moving + "/history")
			.then()
			.body("to", equalTo(List.of(20, 29)))
			.body("cause[1]", equalTo("clock"));
	}

}
