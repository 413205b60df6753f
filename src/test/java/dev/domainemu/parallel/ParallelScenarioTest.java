package dev.domainemu.parallel;

import java.nio.charset.StandardCharsets;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * A scenario of a name every test uses is loaded into a namespace, moves its clock, is
 * seen through the SDK, and is removed, taking only what it made.
 */
class ParallelScenarioTest {

	@Test
	void aScenarioIsLoadedAndRemovedWithoutTouchingAnythingElse() throws ClientException {
		Namespace namespace = Namespace.fresh();
		namespace.seedDomain("kept.com", null);
		String yaml = """
				name: lab
				clock:
				  now: 2026-02-01T09:00:00+08:00
				domains:
				  - domainName: held.com
				transferIns:
				  - {domainName: stuck.com, status: 20, progressBarType: 2, hold: true}
				  - {domainName: expired.com, status: 52}
				""";
		JsonPath loaded = namespace.admin()
			.contentType("application/yaml")
			.body(yaml.getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		assertThat(namespace.now()).hasToString("2026-02-01T01:00:00Z");
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		String stuckId = loaded.getString("transferIns[0].id");
		String expiredId = loaded.getString("transferIns[1].id");
		assertThat(sdk.transferIn(stuckId).getStatus()).isEqualTo(20);
		assertThat(sdk.transferIn(expiredId).getResultCode()).isEqualTo("transferExpired");

		namespace.admin().delete("/_emulator/scenarios/lab").then().statusCode(204);
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.transferIn(stuckId)).getErrCode())
			.isEqualTo("InvalidInstanceId.NotFound");
		namespace.admin().get("/_emulator/domains/held.com").then().statusCode(404);
		namespace.admin()
			.get("/_emulator/domains/kept.com")
			.then()
			.statusCode(200)
			.body("domainName", equalTo("kept.com"));
	}

}
