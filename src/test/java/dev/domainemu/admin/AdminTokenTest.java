package dev.domainemu.admin;

import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code emulator.admin.token}: the control plane answers only calls that carry the
 * token, refusing the others with 401 before anything changes; the health check, the API
 * description and the RPC endpoint stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "emulator.admin.token=s3cret-token",
		"spring.datasource.url=jdbc:h2:mem:admin-token;DB_CLOSE_DELAY=-1" })
@DirtiesContext
class AdminTokenTest {

	@LocalServerPort
	private int port;

	private RequestSpecification call() {
		return RestAssured.given().port(this.port).contentType(ContentType.JSON);
	}

	private RequestSpecification withToken() {
		return call().header("Authorization", "Bearer s3cret-token");
	}

	@Test
	void theControlPlaneNeedsTheToken() {
		call().body(Map.of("domainName", "example.com"))
			.post("/_emulator/domains")
			.then()
			.statusCode(401)
			.header("WWW-Authenticate", "Bearer")
			.contentType("application/json")
			.body("field", equalTo("Authorization"))
			.body("error", equalTo("Authorization: the control plane needs a Bearer token"));
		call().header("Authorization", "Bearer wrong")
			.post("/_emulator/reset")
			.then()
			.statusCode(401)
			.body("error", equalTo("Authorization: the token is not the control plane's"));
		call().header("Authorization", "s3cret-token").get("/_emulator/clock").then().statusCode(401);
		call().get("/_emulator/accounts").then().statusCode(401);
		// nothing was stored by the refused call
		assertThat(withToken().get("/_emulator/domains").then().statusCode(200).extract().jsonPath().getList("$"))
			.isEmpty();
		withToken().body(Map.of("domainName", "example.com")).post("/_emulator/domains").then().statusCode(201);
		call().get("/_emulator/health").then().statusCode(200).body("status", equalTo("UP"));
		String api = call().get("/_emulator/openapi").then().statusCode(200).extract().asString();
		assertThat(api).contains("\"bearer\"");
		// the RPC endpoint is not the control plane's
		RestAssured.given()
			.port(this.port)
			.queryParam("Action", "QueryTaskList")
			.queryParam("Version", "2018-01-29")
			.queryParam("Format", "JSON")
			.queryParam("PageNum", 1)
			.queryParam("PageSize", 10)
			.post("/")
			.then()
			.statusCode(200);
	}

}
