package dev.domainemu.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * Fault rules: matched before the handler by action, domain, instance and current Status;
 * an Alibaba error in the caller's format, latency, or both; limited in number or drawn
 * with a seeded probability; each firing recorded; refused when malformed.
 */
class FaultInjectionTest extends EmulatorTest {

	private static final String AUTH_CODE = "SaveSingleTaskForQueryingTransferAuthorizationCode";

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void anErrorRuleFailsTheMatchingCallsItsNumberOfTimes(FormatType format) throws ClientException {
		seedDomain("example.com", null, false);
		seedDomain("other.com", null, false);
		long id = addFault(Map.of("match", Map.of("action", AUTH_CODE, "domainName", "EXAMPLE.com"), "error",
				Map.of("code", "ServiceUnavailable", "message", "The request has failed due to a temporary failure.",
						"httpStatus", 503),
				"times", 2));
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		List<String> requestIds = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			ServerException failed = catchThrowableOfType(ServerException.class,
					() -> sdk.call(authCode("example.com")));
			assertThat(failed.getErrCode()).isEqualTo("ServiceUnavailable");
			assertThat(failed.getErrMsg()).isEqualTo("The request has failed due to a temporary failure.");
			requestIds.add(failed.getRequestId());
		}
		assertThat(sdk.call(authCode("other.com")).getTaskNo()).isNotBlank();
		assertThat(sdk.call(authCode("example.com")).getTaskNo()).isNotBlank();

		JsonPath rule = admin().get("/_emulator/faults/" + id).then().statusCode(200).extract().jsonPath();
		assertThat(rule.getInt("fired")).isEqualTo(2);
		assertThat(rule.getInt("matches")).isEqualTo(2);
		assertThat(rule.getInt("timesLeft")).isZero();
		assertThat(rule.getString("domainName")).isEqualTo("example.com");
		JsonPath firings = admin().queryParam("ruleId", id)
			.get("/_emulator/faults/firings")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(firings.getList("requestId", String.class)).isEqualTo(requestIds);
		assertThat(firings.getList("action", String.class)).containsOnly(AUTH_CODE);
		assertThat(firings.getList("at", String.class)).containsOnly(T0.toString());
	}

	@Test
	void anInjectedErrorKeepsTheEnvelopeAndTheCallersFormat() {
		addFault(Map.of("match", Map.of("action", "QueryTaskList"), "error",
				Map.of("code", "Throttling.User", "message", "Request was denied due to user flow control.")));
		Response json = rpc().queryParam("Action", "QueryTaskList")
			.queryParam("Format", "JSON")
			.queryParam("PageNum", 1)
			.queryParam("PageSize", 10)
			.post("/");
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
		assertThat(json.jsonPath().getString("Code")).isEqualTo("Throttling.User");
		assertThat(json.jsonPath().getString("HostId")).isEqualTo("domain.aliyuncs.com");
		assertThat(json.jsonPath().getString("RequestId")).isEqualTo(json.header("x-acs-request-id"));
		assertThat(json.jsonPath().getString("Recommend")).contains("q=Throttling.User");
		Response xml = rpc().queryParam("Action", "QueryTaskList")
			.queryParam("PageNum", 1)
			.queryParam("PageSize", 10)
			.post("/");
		assertThat(xml.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
		assertThat(xml.asString()).contains("<Code>Throttling.User</Code>")
			.contains("<Message>Request was denied due to user flow control.</Message>");
	}

	@Test
	void latencyHoldsTheCallAndThenItSucceeds() {
		String instanceId = seedTransferIn(Map.of("domainName", "slow.com", "status", 11));
		addFault(Map.of("match", Map.of("instanceId", instanceId), "latencyMs", 400));
		long started = System.nanoTime();
		rpc().queryParam("Action", "QueryTransferInByInstanceId")
			.queryParam("Format", "JSON")
			.queryParam("InstanceId", instanceId)
			.post("/")
			.then()
			.statusCode(200)
			.body("Status", equalTo(11));
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);
	}

	@Test
	void aStatusRuleFiresOnlyWhileTheTransferIsInThatStatus() {
		setPolicy("processing", "manual");
		String waiting = seedTransferIn(Map.of("domainName", "wait.com", "status", 10));
		String verifying = seedTransferIn(Map.of("domainName", "verify.com", "status", 11));
		addFault(Map.of("match", Map.of("action", "QueryTransferInByInstanceId", "status", 11), "error",
				Map.of("code", "Busy", "message", "Server is busy, please try again later.")));
		query(waiting).then().statusCode(200);
		query(verifying).then().statusCode(400).body("Code", equalTo("Busy"));
		addFault(Map.of("match", Map.of("action", "TransferInResendMailToken", "status", 11), "error",
				Map.of("code", "Busy")));
		rpc().queryParam("Action", "TransferInResendMailToken")
			.queryParam("Format", "JSON")
			.queryParam("DomainName", "verify.com")
			.post("/")
			.then()
			.statusCode(400)
			.body("Code", equalTo("Busy"))
			.body("Message", equalTo("This error was injected by an emulator fault rule."));
	}

	@Test
	void aSeededProbabilityFiresTheSameWayEveryTime() {
		List<Integer> first = probabilityRun();
		admin().post("/_emulator/reset").then().statusCode(204);
		List<Integer> second = probabilityRun();
		assertThat(second).isEqualTo(first);
		long fired = first.stream().filter((status) -> status == 400).count();
		assertThat(fired).isBetween(10L, 30L);
	}

	@Test
	void aLimitHoldsUnderParallelCalls() throws Exception {
		long id = addFault(
				Map.of("match", Map.of("action", "QueryTaskList"), "error", Map.of("code", "Busy"), "times", 5));
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			calls.add(pool.submit(() -> post(Map.of("Action", "QueryTaskList", "PageNum", 1, "PageSize", 1)).status()));
		}
		int failed = 0;
		for (Future<Integer> call : calls) {
			failed += (call.get() == 400) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(failed).isEqualTo(5);
		admin().get("/_emulator/faults/" + id).then().body("fired", equalTo(5)).body("matches", equalTo(5));
	}

	@Test
	void rulesAreListedRemovedAndCleared() {
		long first = addFault(Map.of("match", Map.of("action", "QueryTaskList"), "error", Map.of("code", "Busy")));
		long second = addFault(Map.of("latencyMs", 1));
		admin().get("/_emulator/faults").then().statusCode(200).body("id", equalTo(List.of((int) first, (int) second)));
		admin().delete("/_emulator/faults/" + first).then().statusCode(204);
		admin().delete("/_emulator/faults/" + first)
			.then()
			.statusCode(404)
			.body("error", equalTo("id: no fault rule " + first));
		admin().get("/_emulator/faults/" + first).then().statusCode(404);
		post(Map.of("Action", "QueryTaskList", "PageNum", 1, "PageSize", 1)).ok();
		admin().delete("/_emulator/faults").then().statusCode(204);
		admin().get("/_emulator/faults").then().body("size()", equalTo(0));
		admin().queryParam("account", "2000000000000002").get("/_emulator/faults").then().body("size()", equalTo(0));
	}

	@Test
	void aRuleOfAnotherAccountDoesNotTouchTheDefaultOne() {
		addFault(Map.of("account", "2000000000000002", "match", Map.of("action", "QueryTaskList"), "error",
				Map.of("code", "Busy")));
		post(Map.of("Action", "QueryTaskList", "PageNum", 1, "PageSize", 1)).ok();
		admin().queryParam("account", "2000000000000002").get("/_emulator/faults").then().body("size()", equalTo(1));
		admin().get("/_emulator/faults").then().body("size()", equalTo(0));
	}

	@Test
	void malformedRulesAreRefusedNamingTheField() {
		refused(Map.of("match", Map.of("action", "QueryTaskList")), "error");
		refused(Map.of("error", Map.of("code", "Busy", "httpStatus", 200)), "error.httpStatus");
		refused(Map.of("error", Map.of("code", "no spaces allowed")), "error.code");
		refused(Map.of("error", Map.of("message", "no code")), "error.code");
		refused(Map.of("latencyMs", 600_000), "latencyMs");
		refused(Map.of("latencyMs", 1, "times", 0), "times");
		refused(Map.of("latencyMs", 1, "probability", 1.5), "probability");
		refused(Map.of("latencyMs", 1, "match", Map.of("status", 12)), "match.status");
		refused(Map.of("latencyMs", 1, "match", Map.of("domainName", "bad name.com")), "match.domainName");
		refused(Map.of("latencyMs", "soon"), "latencyMs");
		admin().get("/_emulator/faults").then().body("size()", equalTo(0));
	}

	private List<Integer> probabilityRun() {
		addFault(Map.of("match", Map.of("action", "QueryTaskList"), "error", Map.of("code", "Busy"), "probability", 0.5,
				"seed", 42));
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			statuses.add(post(Map.of("Action", "QueryTaskList", "PageNum", 1, "PageSize", 1)).status());
		}
		return statuses;
	}

	private void refused(Map<String, Object> body, String field) {
		admin(body).post("/_emulator/faults").then().statusCode(400).body("field", equalTo(field));
	}

	private long addFault(Map<String, Object> body) {
		return admin(body).post("/_emulator/faults").then().statusCode(201).extract().jsonPath().getLong("id");
	}

	private Response query(String instanceId) {
		return rpc().queryParam("Action", "QueryTransferInByInstanceId")
			.queryParam("Format", "JSON")
			.queryParam("InstanceId", instanceId)
			.post("/");
	}

	private static SaveSingleTaskForQueryingTransferAuthorizationCodeRequest authCode(String domainName) {
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest request = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName(domainName);
		return request;
	}

}
