package dev.domainemu.progression;

import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.hamcrest.Matchers.equalTo;

/**
 * Step policies set in properties at startup, in the forms a user writes them.
 */
@TestPropertySource(properties = { "emulator.progression.name-audit.policy=IMMEDIATE",
		"emulator.progression.registry.duration=5s", "emulator.progression.task-start.policy=manual" })
@DirtiesContext
class ConfiguredPolicyTest extends EmulatorTest {

	@Test
	void configuredPoliciesApplyAndSurviveReset() {
		admin().get("/_emulator/progression")
			.then()
			.statusCode(200)
			.body("'name-audit'.policy", equalTo("immediate"))
			.body("'name-audit'.seconds", equalTo(10.0f))
			.body("registry.policy", equalTo("timed"))
			.body("registry.seconds", equalTo(5.0f))
			.body("'task-start'.policy", equalTo("manual"));
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 39, "progressBarType", 3));
		advanceSeconds(5);
		rpc().queryParams(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId, "Format", "JSON"))
			.post("/")
			.then()
			.body("Status", equalTo(59));
	}

}
