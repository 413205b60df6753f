package dev.domainemu.transferin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RunsBeside;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of API calls and clock moves (fixed seed, 400 sequences by default,
 * {@code -Drandomized.sequences} for more; a fresh domain each with a random outside
 * world) against one emulator. Every call: no 5xx, and only the documented error codes.
 * After a random half of the calls and at the end of each sequence: every transfer-in of
 * the domain in a documented status reachable from the one last seen, with every derived
 * field consistent, and at most one of them open.
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:randomized-transfer-in;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@DirtiesContext
@RunsBeside
class RandomizedTransferInTest extends EmulatorTest {

	private static final long SEED = 20260115L;

	private static final int SEQUENCES = Integer.getInteger("randomized.sequences", 400);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] STEPS = { "processing", "name-audit", "registry", "task-start", "task-execution" };

	/** The documented moves between statuses, written apart from the table under test. */
	private static final Map<Integer, Set<Integer>> MOVES = Map.ofEntries(Map.entry(10, Set.of(11, 20, 31, 39, 50, 52)),
			Map.entry(11, Set.of(19, 50, 52)), Map.entry(19, Set.of(20, 31, 39, 50, 52)),
			Map.entry(20, Set.of(21, 29, 50, 52)), Map.entry(21, Set.of(50, 52)), Map.entry(29, Set.of(31, 39, 50, 52)),
			Map.entry(31, Set.of(31, 39, 50, 52)), Map.entry(39, Set.of(51, 59)), Map.entry(50, Set.of()),
			Map.entry(51, Set.of()), Map.entry(52, Set.of()), Map.entry(59, Set.of()));

	private static final Map<String, Set<String>> ERRORS = Map.of("SaveSingleTaskForCreatingOrderTransfer",
			Set.of("TaskIsBeingProcessed"), "SaveBatchTaskForCreatingOrderTransfer", Set.of("TaskIsBeingProcessed"),
			"TransferInCheckMailToken", Set.of("TokenFailed"), "ConfirmTransferInEmail", Set.of(),
			"TransferInResendMailToken", Set.of("DomainTransferPendingNotExist"), "TransferInRefetchWhoisEmail",
			Set.of("DomainTransferPendingNotExist"), "TransferInReenterTransferAuthorizationCode",
			Set.of("DomainTransferPendingNotExist"), "SaveSingleTaskForCancelingTransferIn",
			Set.of("DomainTransferPendingNotExist", "TaskIsBeingProcessed"), "CheckTransferInFeasibility", Set.of());

	private final HttpClient http = HttpClient.newHttpClient();

	private final Random random = new Random(SEED);

	/** The last status seen of every instance, and the reachable statuses from each. */
	private final Map<String, Integer> lastSeen = new HashMap<>();

	private final Map<Integer, Set<Integer>> reachable = closure();

	private int calls;

	@Test
	void randomSequencesStayWithinTheDocumentedStates() throws Exception {
		Map<Integer, Integer> finalStatuses = new HashMap<>();
		for (int sequence = 0; sequence < SEQUENCES; sequence++) {
			String domainName = "seq-" + sequence + ".com";
			String code = "Code#" + sequence;
			seedOutsideWorld(domainName, code);
			int length = 4 + this.random.nextInt(9);
			for (int step = 0; step < length; step++) {
				act(domainName, code);
				if (this.random.nextBoolean() || step == length - 1) {
					check(domainName);
				}
			}
			for (JsonNode transfer : transfers(domainName)) {
				finalStatuses.merge(transfer.get("Status").asInt(), 1, Integer::sum);
			}
		}
		assertThat(this.calls).isGreaterThan(SEQUENCES * 8);
		assertThat(finalStatuses.keySet()).as("statuses reached at the end of sequences").contains(11, 31, 50, 52, 59);
		assertThat(this.lastSeen.values().stream().collect(Collectors.toSet())).as("statuses ever seen last")
			.containsAll(Set.of(10, 11, 20, 21, 31, 39, 50, 51, 52, 59));
	}

	private void seedOutsideWorld(String domainName, String code) throws Exception {
		Map<String, Object> registrar = new LinkedHashMap<>();
		registrar.put("domainName", domainName);
		registrar.put("authorizationCode", code);
		registrar.put("progressBarType", this.random.nextInt(4));
		registrar.put("transferProhibited", this.random.nextInt(6) == 0);
		registrar.put("nameAuditPasses", this.random.nextInt(4) != 0);
		if (this.random.nextInt(6) == 0) {
			registrar.put("whoisEmail", "");
		}
		adminCall("POST", "/_emulator/registrar-domains", JSON.writeValueAsString(registrar), 201);
	}

	/** An admin call over the plain HTTP client (the suite makes many thousands). */
	private String adminCall(String method, String path, String body, int expectedStatus) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json");
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expectedStatus);
		return response.body();
	}

	private void advance(long seconds) throws Exception {
		adminCall("POST", "/_emulator/clock/advance", "{\"seconds\":" + seconds + "}", 200);
	}

	private void act(String domainName, String code) throws Exception {
		int pick = this.random.nextInt(100);
		if (pick < 18) {
			rpc("SaveSingleTaskForCreatingOrderTransfer", "DomainName", domainName, "AuthorizationCode",
					this.random.nextInt(4) == 0 ? "Wrong#1" : code, "RegistrantProfileId", "1001");
		}
		else if (pick < 22) {
			rpc("SaveBatchTaskForCreatingOrderTransfer", "OrderTransferParam.1.DomainName", domainName,
					"OrderTransferParam.1.AuthorizationCode", code, "OrderTransferParam.1.RegistrantProfileId", "7");
		}
		else if (pick < 32) {
			rpc("TransferInCheckMailToken", "Token", token(domainName));
		}
		else if (pick < 38) {
			rpc("ConfirmTransferInEmail", "DomainName.1", domainName, "Email",
					this.random.nextBoolean() ? "admin@" + domainName : "someone@else.com");
		}
		else if (pick < 42) {
			rpc("TransferInResendMailToken", "DomainName", domainName);
		}
		else if (pick < 45) {
			rpc("TransferInRefetchWhoisEmail", "DomainName", domainName);
		}
		else if (pick < 52) {
			rpc("TransferInReenterTransferAuthorizationCode", "DomainName", domainName, "TransferAuthorizationCode",
					this.random.nextBoolean() ? code : "Wrong#2");
		}
		else if (pick < 57) {
			rpc("SaveSingleTaskForCancelingTransferIn", "DomainName", domainName);
		}
		else if (pick < 60) {
			rpc("CheckTransferInFeasibility", "DomainName", domainName);
		}
		else if (pick < 63) {
			String kind = STEPS[this.random.nextInt(STEPS.length)];
			String policy = new String[] { "immediate", "timed", "manual" }[this.random.nextInt(3)];
			adminCall("PUT", "/_emulator/progression", JSON.writeValueAsString(Map.of(kind, Map.of("policy", policy))),
					200);
		}
		else if (pick < 66) {
			adminCall("POST", "/_emulator/progression/" + STEPS[this.random.nextInt(STEPS.length)] + "/run", null, 200);
		}
		else if (pick < 68) {
			advance(Duration.ofDays(15).toSeconds() + this.random.nextInt(3600));
		}
		else {
			advance(this.random.nextInt(25));
		}
	}

	private String token(String domainName) throws Exception {
		JsonNode mails = JSON.readTree(adminCall("GET", "/_emulator/outbox?domainName=" + domainName, null, 200));
		if (mails.isEmpty() || this.random.nextInt(8) == 0) {
			return "0000000000000000000000000000000" + this.random.nextInt(10);
		}
		return mails.get(this.random.nextInt(mails.size())).get("token").asString();
	}

	private void rpc(String action, String... parameters) throws Exception {
		StringBuilder query = new StringBuilder("Action=").append(action).append("&Version=2018-01-29&Format=JSON");
		for (int i = 0; i < parameters.length; i += 2) {
			query.append('&')
				.append(parameters[i])
				.append('=')
				.append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = send(query.toString());
		assertThat(response.statusCode()).as("%s %s: %s", action, query, response.body()).isLessThan(500);
		if (response.statusCode() != 200) {
			String errorCode = JSON.readTree(response.body()).get("Code").asString();
			assertThat(ERRORS.get(action)).as("%s answered %s", action, response.body()).contains(errorCode);
		}
	}

	private HttpResponse<String> send(String query) throws Exception {
		this.calls++;
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/?" + query))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<JsonNode> transfers(String domainName) throws Exception {
		HttpResponse<String> response = send("Action=QueryTransferInList&Version=2018-01-29&Format=JSON"
				+ "&PageNum=1&PageSize=100&DomainName=" + domainName);
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		JsonNode items = JSON.readTree(response.body()).get("Data").get("TransferInInfo");
		items.forEach(found::add);
		return found;
	}

	private void check(String domainName) throws Exception {
		int open = 0;
		for (JsonNode transfer : transfers(domainName)) {
			String instanceId = transfer.get("InstanceId").asString();
			int status = transfer.get("Status").asInt();
			assertThat(MOVES).as("documented Status").containsKey(status);
			Integer before = this.lastSeen.put(instanceId, status);
			if (before != null && before != status) {
				assertThat(this.reachable.get(before)).as("%s moved from %d to %d", instanceId, before, status)
					.contains(status);
			}
			consistent(transfer, status);
			if (status < 50) {
				open++;
			}
		}
		assertThat(open).as("open transfer-ins of %s", domainName).isLessThanOrEqualTo(1);
	}

	private static void consistent(JsonNode transfer, int status) {
		String description = transfer.toString();
		assertThat(transfer.get("SimpleTransferInStatus").asString()).as(description).isEqualTo(simple(status));
		int progressBarType = transfer.get("ProgressBarType").asInt();
		assertThat(progressBarType).as(description).isBetween(0, 3);
		assertThat(transfer.get("NeedMailCheck").asBoolean()).as(description).isEqualTo(progressBarType <= 1);
		assertThat(transfer.has("Email")).as(description).isEqualTo(transfer.get("WhoisMailStatus").asBoolean());
		boolean finished = status >= 50;
		assertThat(transfer.has("ResultDate")).as(description).isEqualTo(finished);
		assertThat(transfer.has("TransferAuthorizationCodeSubmissionDate")).as(description)
			.isEqualTo(status == 39 || status == 51 || status == 59);
		String resultCode = transfer.has("ResultCode") ? transfer.get("ResultCode").asString() : null;
		switch (status) {
			case 21 -> assertThat(resultCode).as(description).isEqualTo("nameVerificationFailed");
			case 50 -> assertThat(resultCode).as(description).isEqualTo("clientCancelled");
			case 51 -> assertThat(resultCode).as(description).isEqualTo("transferProhibited");
			case 52 -> assertThat(resultCode).as(description).isEqualTo("transferExpired");
			default -> assertThat(resultCode).as(description).isNull();
		}
		assertThat(transfer.has("ResultMsg")).as(description).isEqualTo(resultCode != null);
		LocalDateTime submitted = LocalDateTime.parse(transfer.get("SubmissionDate").asString(), DATE);
		assertThat(LocalDateTime.parse(transfer.get("ExpirationDate").asString(), DATE)).as(description)
			.isEqualTo(submitted.plusDays(15));
		LocalDateTime modified = LocalDateTime.parse(transfer.get("ModificationDate").asString(), DATE);
		assertThat(modified).as(description).isAfterOrEqualTo(submitted);
		if (finished) {
			assertThat(transfer.get("ResultDate").asString()).as(description)
				.isEqualTo(transfer.get("ModificationDate").asString());
		}
		assertThat(transfer.get("SubmissionDateLong").asLong() + Duration.ofDays(15).toMillis()).as(description)
			.isEqualTo(transfer.get("ExpirationDateLong").asLong());
	}

	private static String simple(int status) {
		return switch (status) {
			case 10 -> "INIT";
			case 11, 19 -> "AUTHORIZATION";
			case 20, 21, 29 -> "NAME_VERIFICATION";
			case 31 -> "PASSWORD_VERIFICATION";
			case 39 -> "PENDING";
			case 59 -> "SUCCESS";
			default -> "FAIL";
		};
	}

	private static Map<Integer, Set<Integer>> closure() {
		Map<Integer, Set<Integer>> reachable = new HashMap<>();
		MOVES.keySet().forEach((from) -> {
			Set<Integer> seen = new HashSet<>();
			Deque<Integer> todo = new ArrayDeque<>(MOVES.get(from));
			while (!todo.isEmpty()) {
				int next = todo.pop();
				if (seen.add(next)) {
					todo.addAll(MOVES.get(next));
				}
			}
			reachable.put(from, seen);
		});
		return reachable;
	}

}
