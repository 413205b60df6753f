package dev.domainemu.progression;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RunsBeside;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen threads, each drawing from its own sequence of a seed printed at the start
 * ({@code -Drandomized.seed} replays it), send mixed RPC calls, control-plane moves,
 * clock advances and resets, 400 steps each by default ({@code -Drandomized.calls}: a
 * count, not a time, so a seed replays the same draws), then 200 more calls each without
 * a reset, so that the checks always have something to read; the clock runs meanwhile.
 * Then, with everything quiet: no call got a 5xx, every guard row belongs to an
 * unfinished detail (and every unfinished detail holds its guard and waits for a step),
 * every transfer-in's history is in time order and chained, the journal's changes of each
 * transfer-in are its history (the part after the last reset), and the totals kept for
 * the lists are what counting gives.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:randomized;DB_CLOSE_DELAY=-1",
		"emulator.journal.size=2000000" })
@DirtiesContext
@RunsBeside
class RandomizedConcurrencyTest extends EmulatorTest {

	private static final int THREADS = 16;

	/** How many calls each thread makes, without a reset, after its drawn steps. */
	private static final int TAIL = 200;

	private static final int DOMAINS = 24;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	private JdbcTemplate jdbc;

	private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();

	private final AtomicInteger calls = new AtomicInteger();

	@Test
	void mixedTrafficKeepsEveryInvariant() throws Exception {
		long seed = Long.getLong("randomized.seed", System.nanoTime());
		int steps = Integer.getInteger("randomized.calls", 400);
		System.out.println("RandomizedConcurrencyTest seed " + seed + " (replay with -Drandomized.seed=" + seed + ")");
		admin("PUT", "/_emulator/clock", Map.of("frozen", false));
		seedDomains();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			Random random = new Random(seed + t);
			work.add(pool.submit(() -> {
				for (int i = 0; i < steps; i++) {
					step(random, true);
				}
				// a last stretch without resets: what the checks read is never only what
				// the last instants after a reset made
				for (int i = 0; i < TAIL; i++) {
					step(random, false);
				}
				return null;
			}));
		}
		for (Future<?> future : work) {
			future.get();
		}
		pool.shutdown();
		// let what is due run, then look with the clock standing still
		admin("POST", "/_emulator/clock/advance", Map.of("seconds", 1));
		admin("PUT", "/_emulator/clock", Map.of("frozen", true));

		Map<String, List<Map<String, Object>>> histories = histories();
		System.out.println("RandomizedConcurrencyTest: " + this.calls.get() + " calls, " + histories.size()
				+ " transfer-ins, " + this.jdbc.queryForObject("select count(*) from task_detail", Long.class)
				+ " task details since the last reset");
		assertThat(histories).as("transfer-ins to check").isNotEmpty();
		assertThat(this.serverErrors).as("replies with a 5xx (seed %d)", seed).isEmpty();
		assertGuardsMatchUnfinishedDetails(seed);
		assertHistoriesAreChainedInTimeOrder(seed);
		assertJournalAgreesWithHistories(seed);
		assertEveryDetailEndsOnce(seed);
		assertTotalsAreCounts(seed);
	}

	/** No task detail ends twice (a step and a control-plane finish, say, both). */
	private void assertEveryDetailEndsOnce(long seed) throws IOException, InterruptedException {
		Map<String, List<String>> endings = new HashMap<>();
		for (JsonNode entry : admin("GET", "/_emulator/journal?kind=transition&limit=2000000", null)) {
			String to = entry.path("to").asString();
			if (entry.path("subject").asString().equals("task-detail")
					&& (to.equals("EXECUTE_SUCCESS") || to.equals("EXECUTE_FAILURE"))) {
				endings.computeIfAbsent(entry.path("id").asString(), (id) -> new ArrayList<>())
					.add(entry.path("from").asString() + "->" + to + "@" + entry.path("at").asString() + " "
							+ entry.path("cause").asString());
			}
		}
		assertThat(endings.entrySet().stream().filter((ending) -> ending.getValue().size() > 1).toList())
			.as("details that ended more than once (seed %d)", seed)
			.isEmpty();
	}

	private void step(Random random, boolean mayReset) throws IOException, InterruptedException {
		String domain = "r" + random.nextInt(DOMAINS) + ".com";
		String other = "r" + random.nextInt(DOMAINS) + ".com";
		int draw = random.nextInt(1000);
		if (draw == 0 && mayReset) {
			admin("POST", "/_emulator/reset", null);
			admin("PUT", "/_emulator/clock", Map.of("frozen", false));
			seedDomains();
		}
		else if (draw < 120) {
			admin("POST", "/_emulator/clock/advance", Map.of("seconds", random.nextInt(30)));
		}
		else if (draw < 220) {
			rpc(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", domain));
		}
		else if (draw < 300) {
			rpc(Map.of("Action", "SaveBatchTaskForTransferProhibitionLock", "DomainName.1", domain, "DomainName.2",
					domain.equals(other) ? "x" + other : other, "Status", String.valueOf(random.nextBoolean())));
		}
		else if (draw < 420) {
			rpc(Map.of("Action", "SaveSingleTaskForCreatingOrderTransfer", "DomainName", "in-" + domain,
					"AuthorizationCode", "Ab1#xyz89Kq7", "RegistrantProfileId", "1"));
		}
		else if (draw < 480) {
			rpc(Map.of("Action", "SaveSingleTaskForCancelingTransferIn", "DomainName", "in-" + domain));
		}
		else if (draw < 520) {
			rpc(Map.of("Action", "SaveSingleTaskForApprovingTransferOut", "DomainName", domain));
		}
		else if (draw < 600) {
			rpc(Map.of("Action", "QueryTransferInList", "PageNum", "1", "PageSize", "50"));
		}
		else if (draw < 670) {
			rpc(Map.of("Action", "PollTaskResult", "PageNum", "1", "PageSize", "50"));
		}
		else if (draw < 690) {
			// the registry turns the next transfer-in of the domain down, in place of its
			// step
			admin("POST", "/_emulator/faults", Map.of("match", Map.of("step", "registry", "domainName", "in-" + domain),
					"transferIn", Map.of("status", 51, "resultCode", "clientRejected"), "times", 1));
		}
		else {
			adminMove(random, domain);
		}
	}

	/** A control-plane move of a random transfer-in or task. */
	private void adminMove(Random random, String domain) throws IOException, InterruptedException {
		JsonNode transfers = admin("GET", "/_emulator/transfer-ins?domainName=in-" + domain, null);
		if (transfers.isArray() && !transfers.isEmpty()) {
			String instanceId = transfers.get(0).path("instanceId").asString();
			switch (random.nextInt(4)) {
				case 0 -> admin("POST", "/_emulator/transfer-ins/" + instanceId + "/force",
						Map.of("status", List.of(10, 11, 19, 20, 29, 31, 39, 50, 51, 52, 59).get(random.nextInt(11))));
				case 1 -> admin("POST", "/_emulator/transfer-ins/" + instanceId + "/events",
						Map.of("event", List.of("MAIL_VERIFIED", "CANCELLED", "EXPIRED", "SUBMITTED_TO_REGISTRY")
							.get(random.nextInt(4))));
				case 2 -> admin("PUT", "/_emulator/transfer-ins/" + instanceId + "/hold",
						Map.of("held", random.nextBoolean()));
				default -> admin("GET", "/_emulator/transfer-ins/" + instanceId + "/history", null);
			}
			return;
		}
		JsonNode tasks = admin("GET", "/_emulator/tasks?limit=5", null);
		if (tasks.isArray() && !tasks.isEmpty()) {
			String taskNo = tasks.get(random.nextInt(tasks.size())).path("taskNo").asString();
			admin("POST", "/_emulator/tasks/" + taskNo + "/finish",
					random.nextBoolean() ? Map.of("outcome", "success", "result", "done")
							: Map.of("outcome", "failure", "failReason", "Chosen", "errorMsg", "failed on request"));
		}
	}

	private void seedDomains() throws IOException, InterruptedException {
		for (int i = 0; i < DOMAINS; i++) {
			admin("POST", "/_emulator/domains", Map.of("domainName", "r" + i + ".com"));
		}
	}

	private void assertGuardsMatchUnfinishedDetails(long seed) {
		assertThat(this.jdbc.queryForList("select g.guard_key, g.task_detail_no from domain_task_guard g"
				+ " left join task_detail d on d.task_detail_no = g.task_detail_no"
				+ " where d.task_detail_no is null or d.status_code >= 2"))
			.as("guard rows without an unfinished detail (seed %d)", seed)
			.isEmpty();
		assertThat(this.jdbc.queryForList("select d.task_detail_no, d.status_code from task_detail d"
				+ " left join domain_task_guard g on g.task_detail_no = d.task_detail_no"
				+ " where d.status_code < 2 and g.guard_key is null"))
			.as("unfinished details that do not hold their domain (seed %d)", seed)
			.isEmpty();
		assertThat(this.jdbc.queryForList("select d.task_detail_no, d.status_code from task_detail d"
				+ " where d.status_code < 2 and not exists (select 1 from scheduled_step s"
				+ " where s.target = d.task_detail_no)"))
			.as("unfinished details no step will move (seed %d)", seed)
			.isEmpty();
	}

	private void assertHistoriesAreChainedInTimeOrder(long seed) {
		Map<String, List<Map<String, Object>>> histories = histories();
		histories.forEach((instanceId, changes) -> {
			for (int i = 1; i < changes.size(); i++) {
				Map<String, Object> previous = changes.get(i - 1);
				Map<String, Object> next = changes.get(i);
				assertThat((Long) next.get("CHANGED_AT"))
					.as("%s change %d in time order (seed %d)", instanceId, i, seed)
					.isGreaterThanOrEqualTo((Long) previous.get("CHANGED_AT"));
				assertThat(next.get("FROM_STATUS"))
					.as("%s change %d starts where %d ended (seed %d)", instanceId, i, i - 1, seed)
					.isEqualTo(previous.get("TO_STATUS"));
			}
		});
	}

	private void assertJournalAgreesWithHistories(long seed) throws IOException, InterruptedException {
		Map<String, List<String>> journaled = new HashMap<>();
		for (JsonNode entry : admin("GET", "/_emulator/journal?kind=transition&limit=2000000", null)) {
			if (entry.path("subject").asString().equals("transfer-in")) {
				journaled.computeIfAbsent(entry.path("id").asString(), (id) -> new ArrayList<>())
					.add(entry.path("from").asString("null") + "->" + entry.path("to").asString() + "@"
							+ entry.path("at").asString() + " " + entry.path("cause").asString());
			}
		}
		histories().forEach((instanceId, changes) -> {
			List<String> history = changes.stream()
				.map((change) -> ((change.get("FROM_STATUS") != null) ? change.get("FROM_STATUS") : "null") + "->"
						+ change.get("TO_STATUS") + "@"
						+ java.time.Instant.ofEpochMilli((Long) change.get("CHANGED_AT")) + " " + change.get("CAUSE"))
				.toList();
			List<String> seen = journaled.getOrDefault(instanceId, List.of());
			assertThat(seen.size()).as("%s: journaled %s, history %s (seed %d)", instanceId, seen, history, seed)
				.isLessThanOrEqualTo(history.size());
			assertThat(history.subList(history.size() - seen.size(), history.size()))
				.as("%s: the journal's changes are its history's (seed %d)", instanceId, seed)
				.isEqualTo(seen);
		});
	}

	/** The totals kept for TotalItemNum are what counting gives. */
	private void assertTotalsAreCounts(long seed) {
		Map<String, String> counts = Map.of("transfer-ins", "select count(*) from transfer_in where user_id = ?",
				"tasks", "select count(*) from task where user_id = ?", "results",
				"select count(*) from task_detail where user_id = ? and status_code >= 2 and acknowledged = false");
		List<String> users = this.jdbc.queryForList(
				"select user_id from task union select user_id from transfer_in union select user_id from account_total",
				String.class);
		for (String user : users) {
			counts.forEach((name, count) -> {
				List<Long> kept = this.jdbc.queryForList(
						"select total from account_total where user_id = ? and name = ?", Long.class, user, name);
				assertThat(kept.isEmpty() ? 0L : kept.get(0)).as("%s's %s (seed %d)", user, name, seed)
					.isEqualTo(this.jdbc.queryForObject(count, Long.class, user));
			});
		}
	}

	private Map<String, List<Map<String, Object>>> histories() {
		Map<String, List<Map<String, Object>>> histories = new LinkedHashMap<>();
		this.jdbc.queryForList("select * from transfer_in_history order by instance_id, seq")
			.forEach((row) -> histories.computeIfAbsent((String) row.get("INSTANCE_ID"), (id) -> new ArrayList<>())
				.add(row));
		return histories;
	}

	private void rpc(Map<String, String> parameters) {
		this.calls.incrementAndGet();
		RawReply reply = post(parameters);
		if (reply.status() >= 500) {
			this.serverErrors.add(reply.status() + " " + reply.body() + " for " + parameters);
		}
	}

	private JsonNode admin(String method, String path, Object body) throws IOException, InterruptedException {
		this.calls.incrementAndGet();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
							: HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (reply.statusCode() >= 500) {
			this.serverErrors.add(reply.statusCode() + " " + reply.body() + " for " + method + " " + path + " " + body);
		}
		return reply.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(reply.body());
	}

}
