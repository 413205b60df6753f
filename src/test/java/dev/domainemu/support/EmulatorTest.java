package dev.domainemu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that talk to a running emulator on a random port: before each test
 * all state is reset and the clock frozen at {@link #T0}. Each application context the
 * tests start (one per distinct configuration, cached) has an in-memory database of its
 * own, so the steps one context runs in the background never meet another's rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:test-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
public abstract class EmulatorTest {

	/** 2026-01-15 12:00:00 in Asia/Shanghai. */
	public static final Instant T0 = Instant.parse("2026-01-15T04:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@BeforeEach
	void resetEmulator() {
		RestAssured.given().port(this.port).post("/_emulator/reset").then().statusCode(204);
		admin(Map.of("frozen", true, "now", T0.toString())).put("/_emulator/clock").then().statusCode(200);
	}

	protected RequestSpecification admin() {
		return RestAssured.given().port(this.port).contentType(ContentType.JSON);
	}

	/** An admin request whose body is the given object as JSON. */
	protected RequestSpecification admin(Object body) {
		return admin().body(JSON.writeValueAsString(body));
	}

	/** A request to the RPC endpoint with Version set, other parameters to be added. */
	protected RequestSpecification rpc() {
		return RestAssured.given().port(this.port).urlEncodingEnabled(true).queryParam("Version", "2018-01-29");
	}

	/**
	 * A fresh, empty account with a key of its own ({@code POST /_emulator/accounts}):
	 * {@code userId}, {@code accessKeyId}, {@code accessKeySecret}.
	 */
	protected JsonPath newAccount() {
		return admin(Map.of()).post("/_emulator/accounts").then().statusCode(201).extract().jsonPath();
	}

	/** A domain held by the account the key acts for. */
	protected void seedDomainForKey(String accessKeyId, String domainName) {
		admin(Map.of("domainName", domainName)).queryParam("accessKeyId", accessKeyId)
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
	}

	protected void seedDomain(String domainName, String code, boolean prohibited) {
		admin()
			.body((code != null) ? Map.of("domainName", domainName, "transferAuthorizationCode", code,
					"transferProhibited", prohibited)
					: Map.of("domainName", domainName, "transferProhibited", prohibited))
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
	}

	protected String seedTransferIn(Map<String, Object> body) {
		return admin(body).post("/_emulator/transfer-ins").then().statusCode(201).extract().path("instanceId");
	}

	protected void seedRegistrar(Map<String, Object> body) {
		admin(body).post("/_emulator/registrar-domains").then().statusCode(201);
	}

	protected void advanceSeconds(double seconds) {
		admin(Map.of("seconds", seconds)).post("/_emulator/clock/advance").then().statusCode(200);
	}

	/** The verification mails sent for the domain, oldest first (up to 1,000). */
	protected List<Map<String, String>> outboxMails(String domainName) {
		return Admin.list(admin().queryParam("domainName", domainName).queryParam("limit", 1000), "/_emulator/outbox");
	}

	/** The newest verification mail sent for the domain, as the outbox shows it. */
	protected Map<String, String> outboxMail(String domainName) {
		List<Map<String, String>> mails = outboxMails(domainName);
		if (mails.isEmpty()) {
			throw new AssertionError("No mail in the outbox for " + domainName);
		}
		return mails.get(mails.size() - 1);
	}

	/**
	 * The journal's entries that pass the filter (query parameters of
	 * {@code GET /_emulator/journal}).
	 */
	protected List<Map<String, Object>> journalEntries(Map<String, ?> filter) {
		return Admin.list(admin().queryParams(filter), "/_emulator/journal");
	}

	/** Sets the policy of a kind of step (see {@code PUT /_emulator/progression}). */
	protected void setPolicy(String kind, String policy) {
		admin(Map.of(kind, Map.of("policy", policy))).put("/_emulator/progression").then().statusCode(200);
	}

	/**
	 * A JSON RPC call over a plain HTTP client (much lighter than REST Assured, for tests
	 * that make thousands of calls): the parameters go in a form body.
	 */
	protected RawReply post(Map<String, ?> parameters) {
		StringBuilder form = new StringBuilder("Version=2018-01-29&Format=JSON");
		parameters.forEach((name, value) -> form.append('&')
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new RawReply(response.statusCode(), JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The status and JSON body of a {@link #post} call. */
	public record RawReply(int status, JsonNode body) {

		/** The body, after checking the status is 200. */
		public JsonNode ok() {
			if (this.status != 200) {
				throw new AssertionError("Expected 200 but was " + this.status + ": " + this.body);
			}
			return this.body;
		}

	}

	protected String endpoint() {
		return "127.0.0.1:" + this.port;
	}

}
