package dev.domainemu.admin;

import java.util.ArrayList;
import java.util.List;

import dev.domainemu.support.EmulatorTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control plane describes itself: an OpenAPI document covering every /_emulator
 * endpoint (and not the RPC endpoint), and a browsable UI over it.
 */
class OpenApiTest extends EmulatorTest {

	@Test
	void theControlPlaneIsDescribedAndBrowsable() {
		JsonNode api = JsonMapper.builder()
			.build()
			.readTree(admin().get("/_emulator/openapi").then().statusCode(200).extract().asString());
		assertThat(api.path("info").path("title").asString()).isEqualTo("Alibaba Cloud Domain emulator: control plane");
		List<String> paths = new ArrayList<>(api.path("paths").propertyNames());
		assertThat(paths)
			.contains("/_emulator/health", "/_emulator/domains", "/_emulator/transfer-ins",
					"/_emulator/transfer-ins/{instanceId}/force", "/_emulator/tasks/{taskNo}/finish",
					"/_emulator/faults", "/_emulator/journal", "/_emulator/clock/advance", "/_emulator/progression",
					"/_emulator/actions", "/_emulator/reset", "/_emulator/scenarios", "/_emulator/scenarios/{name}",
					"/_emulator/scenarios/examples/{example}", "/_emulator/transfer-ins/{instanceId}/hold",
					"/_emulator/transfer-ins/{instanceId}/timeline", "/_emulator/registrar-domains/{domainName}")
			.allMatch((path) -> path.startsWith("/_emulator/"));
		assertThat(api.path("paths").path("/_emulator/faults").propertyNames()).contains("get", "post", "delete");
		assertThat(api.path("paths").path("/_emulator/scenarios/{name}").propertyNames()).contains("get", "delete");

		RestAssured.given()
			.port(this.port)
			.redirects()
			.follow(false)
			.get("/_emulator/ui")
			.then()
			.statusCode(302)
			.header("Location", org.hamcrest.Matchers.endsWith("/_emulator/swagger-ui/index.html"));
		String page = RestAssured.given()
			.port(this.port)
			.get("/_emulator/swagger-ui/index.html")
			.then()
			.statusCode(200)
			.extract()
			.asString();
		assertThat(page).contains("Swagger UI");
		String initializer = RestAssured.given()
			.port(this.port)
			.get("/_emulator/swagger-ui/swagger-initializer.js")
			.then()
			.statusCode(200)
			.extract()
			.asString();
		assertThat(initializer).contains("/_emulator/openapi");
	}

}
