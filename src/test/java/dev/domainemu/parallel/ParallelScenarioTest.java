package dev.domainemu.parallel;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static dev.domainemu.parallel.SharedEmulator.RUN;
import static dev.domainemu.parallel.SharedEmulator.admin;
import static dev.domainemu.parallel.SharedEmulator.domain;
import static dev.domainemu.parallel.SharedEmulator.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * This class's own scenario is loaded, seen through the SDK, and removed, taking only
 * what it made while other classes work on the same emulator.
 */
class ParallelScenarioTest {

	@Test
	void aScenarioIsLoadedAndRemovedWithoutTouchingAnythingElse() throws ClientException {
		String name = "parallel-" + RUN;
		String stuck = domain("scenario-stuck");
		String held = domain("scenario-held");
		String kept = domain("scenario-kept");
		admin(Map.of("domainName", kept)).post("/_emulator/domains").then().statusCode(201);
		String yaml = """
				name: %s
				domains:
				  - domainName: %s
				transferIns:
				  - {domainName: %s, status: 20, progressBarType: 2, hold: true}
				  - {domainName: %s, status: 52}
				""".formatted(name, held, stuck, domain("scenario-expired"));
		JsonPath loaded = admin().contentType("application/yaml")
			.body(yaml.getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		LegacySdk sdk = new LegacySdk(endpoint(), FormatType.JSON);
		String stuckId = loaded.getString("transferIns[0].id");
		String expiredId = loaded.getString("transferIns[1].id");
		assertThat(sdk.transferIn(stuckId).getStatus()).isEqualTo(20);
		assertThat(sdk.transferIn(expiredId).getResultCode()).isEqualTo("transferExpired");

		admin().delete("/_emulator/scenarios/" + name).then().statusCode(204);
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.transferIn(stuckId)).getErrCode())
			.isEqualTo("InvalidInstanceId.NotFound");
		admin().get("/_emulator/domains/" + held).then().statusCode(404);
		admin().get("/_emulator/domains/" + kept).then().statusCode(200).body("domainName", equalTo(kept));
	}

}
