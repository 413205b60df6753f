package dev.domainemu.transferin;

import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transfer-ins still open at their ExpirationDate expire on the clock; those at the
 * registry or ended do not.
 */
class ExpiryTest extends EmulatorTest {

	@ParameterizedTest(name = "Status {0} after 15 days: {1}")
	@CsvSource({ "10,52", "11,52", "19,52", "20,52", "21,52", "29,52", "31,52", "50,50", "51,51", "52,52", "59,59" })
	void openTransfersExpireAtTheirExpirationDate(int status, int expected) {
		setPolicy("name-audit", "manual");
		setPolicy("processing", "manual");
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", status));
		advanceSeconds(15 * 24 * 3600 - 1);
		assertThat(read(instanceId, "JSON").getInt("Status")).isEqualTo(status);
		advanceSeconds(1);
		JsonPath after = read(instanceId, "JSON");
		assertThat(after.getInt("Status")).isEqualTo(expected);
		if (expected == 52 && status != 52) {
			assertThat(after.getString("ResultCode")).isEqualTo("transferExpired");
			assertThat(after.getString("SimpleTransferInStatus")).isEqualTo("FAIL");
			assertThat(after.getString("ResultDate")).isEqualTo("2026-01-30 12:00:00");
			assertThat(after.getString("ResultDate")).isEqualTo(after.getString("ExpirationDate"));
		}
	}

	private JsonPath read(String instanceId, String format) {
		return rpc()
			.queryParams(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId, "Format", format))
			.post("/")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
	}

}
