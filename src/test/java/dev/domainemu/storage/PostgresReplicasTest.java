package dev.domainemu.storage;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.EmulatorApplication;
import dev.domainemu.support.Admin;
import dev.domainemu.support.EmbeddedPostgresDatabase;
import dev.domainemu.support.LegacySdk;
import dev.domainemu.support.RunsBeside;
import dev.domainemu.support.SignedCalls;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two emulators on one real PostgreSQL database (of the tests' shared embedded server),
 * as replicas behind one address would be, checking signatures ({@code enforce}, the
 * SDK's test key registered by the configuration): the schema comes from the migrations,
 * {@code TaskIsBeingProcessed} holds across them, each account's clock, the fault rules
 * and the signature nonces are shared, and a time-driven step runs once.
 */
@RunsBeside
class PostgresReplicasTest {

	/** The key the tests' legacy SDK signs with by default. */
	private static final String SDK_KEY = "testAccessKeyId";

	private static final String SDK_SECRET = "testAccessKeySecret";

	private static ConfigurableApplicationContext replicaA;

	private static ConfigurableApplicationContext replicaB;

	@BeforeAll
	static void start() {
		String url = EmbeddedPostgresDatabase.newDatabase();
		replicaA = replica(url);
		replicaB = replica(url);
	}

	private static ConfigurableApplicationContext replica(String url) {
		return new SpringApplicationBuilder(EmulatorApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--emulator.journal.size=100000", "--emulator.signature.mode=enforce",
				"--emulator.accounts.keys[0].access-key-id=" + SDK_KEY,
				"--emulator.accounts.keys[0].access-key-secret=" + SDK_SECRET);
	}

	@AfterAll
	static void stop() {
		if (replicaB != null) {
			replicaB.close();
		}
		if (replicaA != null) {
			replicaA.close();
		}
	}

	@BeforeEach
	void freshState() {
		admin(replicaA).post("/_emulator/reset").then().statusCode(204);
		admin(replicaA, Map.of("now", "2026-03-01T00:00:00Z", "frozen", true)).put("/_emulator/clock")
			.then()
			.statusCode(200);
	}

	private static String endpoint(ConfigurableApplicationContext replica) {
		return "127.0.0.1:" + replica.getEnvironment().getProperty("local.server.port");
	}

	private static RequestSpecification admin(ConfigurableApplicationContext replica) {
		return Admin.at("http://" + endpoint(replica));
	}

	private static RequestSpecification admin(ConfigurableApplicationContext replica, Object body) {
		return Admin.at("http://" + endpoint(replica), body);
	}

	/** Both replicas advance the clock at the same moment. */
	private static void advanceBothAtOnce(int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> moves = new ArrayList<>();
			for (ConfigurableApplicationContext replica : List.of(replicaA, replicaB)) {
				moves.add(pool.submit(() -> {
					go.await();
					return admin(replica, Map.of("seconds", seconds)).post("/_emulator/clock/advance").statusCode();
				}));
			}
			go.countDown();
			for (Future<Integer> move : moves) {
				assertThat(move.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theSchemaComesFromTheMigrationsOnPostgres() {
		assertThat(replicaA.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		admin(replicaB).get("/_emulator/health").then().statusCode(200);
	}

	@Test
	void fortyParallelSubmissionsOverBothReplicasMakeExactlyOneTaskWhichTheClockCompletesOnBoth() throws Exception {
		admin(replicaA, Map.of("domainName", "shared.com", "transferAuthorizationCode", "Pg#Code1"))
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
		ExecutorService pool = Executors.newFixedThreadPool(40);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < 40; i++) {
				LegacySdk sdk = new LegacySdk(endpoint((i % 2 == 0) ? replicaA : replicaB),
						(i % 4 < 2) ? FormatType.JSON : FormatType.XML);
				Callable<String> submit = () -> {
					SaveSingleTaskForQueryingTransferAuthorizationCodeRequest request = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
					request.setDomainName("shared.com");
					go.await();
					try {
						return "TaskNo:" + sdk.call(request).getTaskNo();
					}
					catch (ClientException ex) {
						return ex.getErrCode();
					}
				};
				outcomes.add(pool.submit(submit));
			}
			go.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).filteredOn((result) -> result.startsWith("TaskNo:")).hasSize(1);
			assertThat(results).filteredOn((result) -> !result.startsWith("TaskNo:"))
				.hasSize(39)
				.containsOnly("TaskIsBeingProcessed");
			String taskNo = results.stream()
				.filter((result) -> result.startsWith("TaskNo:"))
				.findFirst()
				.orElseThrow()
				.substring("TaskNo:".length());

			LegacySdk throughB = new LegacySdk(endpoint(replicaB), FormatType.JSON);
			assertThat(throughB.call(LegacySdk.taskDetails(taskNo)).getData()).singleElement()
				.satisfies((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("WAITING_EXECUTE"));
			admin(replicaA, Map.of("seconds", 5)).post("/_emulator/clock/advance").then().statusCode(200);
			QueryTaskDetailListResponse done = throughB.call(LegacySdk.taskDetails(taskNo));
			assertThat(done.getData()).singleElement().satisfies((detail) -> {
				assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
				assertThat(detail.getTaskResult()).isEqualTo("Pg#Code1");
			});
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aClockChangeThroughOneReplicaIsTheTimeOnTheOther() {
		admin(replicaA, Map.of("seconds", 3600)).post("/_emulator/clock/advance").then().statusCode(200);
		admin(replicaB).get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-03-01T01:00:00Z"))
			.body("frozen", equalTo(true));
		admin(replicaB, Map.of("frozen", false)).put("/_emulator/clock").then().statusCode(200);
		admin(replicaA).get("/_emulator/clock").then().body("frozen", equalTo(false));
	}

	@Test
	void anAccountsClockMovedThroughOneReplicaMovesThroughTheOtherForThatAccountAlone() {
		String moved = admin(replicaA, Map.of()).post("/_emulator/accounts")
			.then()
			.statusCode(201)
			.extract()
			.path("userId");
		String still = admin(replicaB, Map.of()).post("/_emulator/accounts")
			.then()
			.statusCode(201)
			.extract()
			.path("userId");
		for (String account : List.of(moved, still)) {
			admin(replicaB, Map.of("now", "2026-03-01T00:00:00Z", "frozen", true)).queryParam("account", account)
				.put("/_emulator/clock")
				.then()
				.statusCode(200);
		}
		admin(replicaA, Map.of("seconds", 7200)).queryParam("account", moved)
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(200);
		admin(replicaB).queryParam("account", moved)
			.get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-03-01T02:00:00Z"));
		admin(replicaB).queryParam("account", still)
			.get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-03-01T00:00:00Z"));
		admin(replicaA).get("/_emulator/clock").then().body("now", equalTo("2026-03-01T00:00:00Z"));
	}

	@Test
	void aPolicySetThroughOneReplicaTimesTheStepsTheOtherSchedules() throws ClientException {
		admin(replicaA, Map.of("task-start", Map.of("policy", "manual"))).put("/_emulator/progression")
			.then()
			.statusCode(200);
		admin(replicaB).get("/_emulator/progression").then().body("'task-start'.policy", equalTo("manual"));
		admin(replicaB, Map.of("domainName", "manual.com")).post("/_emulator/domains").then().statusCode(201);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest request = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName("manual.com");
		LegacySdk throughB = new LegacySdk(endpoint(replicaB), FormatType.JSON);
		String taskNo = throughB.call(request).getTaskNo();
		admin(replicaB, Map.of("seconds", 60)).post("/_emulator/clock/advance").then().statusCode(200);
		assertThat(throughB.call(LegacySdk.taskDetails(taskNo)).getData()).singleElement()
			.satisfies((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("WAITING_EXECUTE"));
		admin(replicaA).get("/_emulator/progression").then().body("'task-start'.pending", equalTo(1));
	}

	@Test
	void aNonceUsedThroughOneReplicaIsRefusedThroughTheOther() {
		Map<String, String> signed = SignedCalls.signedV1(SDK_KEY, SDK_SECRET,
				Map.of("Action", "QueryTaskList", "PageNum", "1", "PageSize", "10"), Instant.now(),
				UUID.randomUUID().toString());
		HttpResponse<String> first = SignedCalls.send(endpoint(replicaA), signed);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		HttpResponse<String> replay = SignedCalls.send(endpoint(replicaB), signed);
		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(replay.body()).contains("\"Code\":\"SignatureNonceUsed\"");
		HttpResponse<String> again = SignedCalls.send(endpoint(replicaA), signed);
		assertThat(again.body()).contains("\"Code\":\"SignatureNonceUsed\"");
	}

	@Test
	void aFaultRuleAddedThroughOneReplicaFiresOnTheOther() throws ClientException {
		admin(replicaA, Map.of("domainName", "faulty.com")).post("/_emulator/domains").then().statusCode(201);
		admin(replicaA,
				Map.of("match", Map.of("domainName", "faulty.com"), "error",
						Map.of("code", "ServiceUnavailable", "httpStatus", 503), "times", 1))
			.post("/_emulator/faults")
			.then()
			.statusCode(201);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest request = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName("faulty.com");
		LegacySdk throughB = new LegacySdk(endpoint(replicaB), FormatType.XML);
		ServerException refused = catchThrowableOfType(ServerException.class, () -> throughB.call(request));
		assertThat(refused.getErrCode()).isEqualTo("ServiceUnavailable");
		assertThat(throughB.call(request).getTaskNo()).isNotBlank();
	}

	@Test
	void aTimeDrivenStepRunsOnceWhenBothReplicasRunDueSteps() throws Exception {
		List<String> instances = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			instances.add(admin(replicaA, Map.of("domainName", "once-" + i + ".com", "status", 39))
				.post("/_emulator/transfer-ins")
				.then()
				.statusCode(201)
				.extract()
				.path("instanceId"));
		}
		advanceBothAtOnce(30);
		for (String instanceId : instances) {
			List<Integer> to = admin(replicaB).get("/_emulator/transfer-ins/" + instanceId + "/history")
				.then()
				.statusCode(200)
				.extract()
				.path("to");
			assertThat(to).as(instanceId).containsExactly(39, 59);
		}
	}

	@Test
	void bothReplicasMovingTheClockOverTenThousandDueStepsRunEachOnce() throws Exception {
		// 10,000 waiting steps: 5,000 registry answers and 5,000 task starts (which then
		// schedule 5,000 executions)
		admin(replicaA, Map.of("prefix", "tenk", "count", 5000, "tasks", Map.of("type", "SET_TRANSFER_PROHIBITED"),
				"transferIns", Map.of("status", 39)))
			.post("/_emulator/bulk")
			.then()
			.statusCode(201);
		JdbcTemplate jdbc = new JdbcTemplate(replicaA.getBean(DataSource.class));
		// each replica keeps its own journal: both start empty
		admin(replicaB).delete("/_emulator/journal").then().statusCode(204);
		assertThat(jdbc.queryForObject("select count(*) from scheduled_step where due_at is not null", Long.class))
			.isEqualTo(10_000);
		advanceBothAtOnce(30);
		assertThat(jdbc.queryForObject(
				"select count(*) from scheduled_step where kind in" + " ('registry', 'task-start', 'task-execution')",
				Long.class))
			.isZero();
		// each registry answer ran once: every history is exactly 39 then 59
		assertThat(jdbc.queryForList("select instance_id, count(*) as changes, max(to_status) as last"
				+ " from transfer_in_history group by instance_id having count(*) <> 2 or max(to_status) <> 59"))
			.isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from transfer_in_history", Long.class)).isEqualTo(10_000);
		// each task started and finished once, across both replicas' journals
		Map<String, Integer> moves = new HashMap<>();
		for (ConfigurableApplicationContext replica : List.of(replicaA, replicaB)) {
			List<Map<String, Object>> entries = Admin.list(
					admin(replica).queryParam("kind", "transition").queryParam("limit", 1_000_000),
					"/_emulator/journal");
			entries.stream()
				.filter((entry) -> "task-detail".equals(entry.get("subject")))
				.forEach((entry) -> moves.merge(entry.get("id") + " " + entry.get("from") + "->" + entry.get("to"), 1,
						Integer::sum));
		}
		assertThat(moves).hasSize(10_000).allSatisfy((move, times) -> assertThat(times).as(move).isEqualTo(1));
		assertThat(jdbc.queryForObject("select count(*) from task_detail where status_code = 2", Long.class))
			.isEqualTo(5000);
		assertThat(jdbc.queryForObject("select count(*) from domain_task_guard", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from held_domain where transfer_prohibited", Long.class))
			.isEqualTo(5000);
	}

	@Test
	void theExampleScenarioLoadedThroughOneReplicaPlaysOutThroughTheOtherAndIsRemovedWhole() throws Exception {
		JsonPath loaded = admin(replicaA).post("/_emulator/scenarios/examples/transfer-lab")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath();
		String mailInstance = loaded.getString("transferIns.find { it.domainName == 'lab-mail.com' }.id");
		String timelineInstance = loaded.getString("transferIns.find { it.domainName == 'lab-audit-timeline.com' }.id");
		String token = admin(replicaB).get("/_emulator/outbox?domainName=lab-mail.com")
			.then()
			.statusCode(200)
			.extract()
			.path("[0].token");
		LegacySdk throughB = new LegacySdk(endpoint(replicaB), FormatType.XML);
		TransferInCheckMailTokenRequest check = new TransferInCheckMailTokenRequest();
		check.setToken(token);
		assertThat(throughB.call(check).getSuccessList()).containsExactly("lab-mail.com");
		admin(replicaA, Map.of("seconds", 180)).post("/_emulator/clock/advance").then().statusCode(200);
		assertThat(throughB.transferIn(timelineInstance).getStatus()).isEqualTo(59);
		assertThat(throughB.transferIn(mailInstance).getStatus()).isGreaterThan(11);
		admin(replicaB).get("/_emulator/transfer-ins/" + timelineInstance + "/history")
			.then()
			.body("to", contains(20, 29, 39, 59))
			.body("cause", contains("admin", "clock", "clock", "clock"));

		admin(replicaB).delete("/_emulator/scenarios/transfer-lab").then().statusCode(204);
		admin(replicaA).get("/_emulator/transfer-ins/" + mailInstance).then().statusCode(404);
		admin(replicaA).get("/_emulator/faults").then().body("size()", equalTo(0));
	}

}
