package dev.domainemu.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty threads submit every kind of task on five domains, a fixed number of calls each,
 * while another moves the clock ahead a fixed number of times. Afterwards the stored task
 * history shows no domain ever had two unfinished tasks at once, every accepted task is
 * stored, and nothing failed with a server error. The work is fixed, not the time it
 * takes, so the outcome does not depend on the machine's speed.
 */
class MixedTaskConcurrencyTest extends EmulatorTest {

	private static final List<String> DOMAINS = List.of("d0.com", "d1.com", "d2.com", "d3.com", "d4.com");

	private static final int THREADS = 20;

	private static final int CALLS_PER_THREAD = 150;

	private static final int CLOCK_MOVES = 300;

	@Test
	void aDomainNeverHasTwoUnfinishedTasks() throws Exception {
		DOMAINS.forEach((domain) -> seedDomain(domain, null, false));
		setPolicy("transfer-out-request", "manual");
		Map<String, Integer> accepted = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
		AtomicInteger sent = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			Random random = new Random(20261124L + t);
			work.add(pool.submit(() -> {
				for (int n = 0; n < CALLS_PER_THREAD; n++) {
					Map<String, String> call = randomCall(random);
					sent.incrementAndGet();
					RawReply reply = post(call);
					String code = (reply.status() == 200) ? "200"
							: reply.status() + " " + reply.body().path("Code").asString();
					outcomes.computeIfAbsent(code, (key) -> new AtomicInteger()).incrementAndGet();
					if (reply.status() == 200) {
						accepted.put(reply.body().path("TaskNo").asString(), call.containsKey("DomainName.2") ? 2 : 1);
					}
					else if (!code.equals("400 TaskIsBeingProcessed")) {
						unexpected.add(code + " for " + call);
					}
				}
			}));
		}
		work.add(pool.submit(() -> {
			for (int n = 0; n < CLOCK_MOVES; n++) {
				advanceSeconds(1);
			}
		}));
		for (Future<?> future : work) {
			future.get();
		}
		pool.shutdown();
		advanceSeconds(60);

		assertThat(unexpected).as("replies other than a TaskNo or TaskIsBeingProcessed").isEmpty();
		int answered = outcomes.values().stream().mapToInt(AtomicInteger::get).sum();
		assertThat(answered).isEqualTo(sent.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
		assertThat(outcomes.get("200").get()).as("accepted, of %s", outcomes).isEqualTo(accepted.size()).isPositive();

		List<JsonNode> history = storedHistory();
		Set<String> storedTasks = new HashSet<>();
		history.forEach((detail) -> storedTasks.add(detail.path("TaskNo").asString()));
		assertThat(storedTasks).isEqualTo(accepted.keySet());
		assertThat(history).hasSize(accepted.values().stream().mapToInt(Integer::intValue).sum());
		Map<String, List<JsonNode>> byDomain = new HashMap<>();
		history.forEach(
				(detail) -> byDomain.computeIfAbsent(detail.path("DomainName").asString(), (key) -> new ArrayList<>())
					.add(detail));
		assertThat(byDomain).containsOnlyKeys(DOMAINS);
		byDomain.forEach((domain, details) -> {
			details.sort(Comparator.comparing((JsonNode detail) -> detail.path("CreateTime").asString()));
			for (int i = 1; i < details.size(); i++) {
				JsonNode previous = details.get(i - 1);
				JsonNode next = details.get(i);
				assertThat(next.path("CreateTime").asString())
					.as("%s: task %s made while task %s (%s to %s) was unfinished", domain, next.path("TaskNo"),
							previous.path("TaskNo"), previous.path("CreateTime"), previous.path("UpdateTime"))
					.isGreaterThanOrEqualTo(previous.path("UpdateTime").asString());
			}
		});
	}

	/** Every finished detail, as PollTaskResult pages through them. */
	private List<JsonNode> storedHistory() {
		List<JsonNode> details = new ArrayList<>();
		for (int pageNum = 1;; pageNum++) {
			JsonNode page = post(Map.of("Action", "PollTaskResult", "PageNum", pageNum, "PageSize", 1000)).ok();
			page.path("Data").path("TaskDetail").values().forEach(details::add);
			if (!page.path("NextPage").asBoolean()) {
				assertThat(details).hasSize(page.path("TotalItemNum").asInt());
				return details;
			}
		}
	}

	private static Map<String, String> randomCall(Random random) {
		String domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
		Map<String, String> call = new LinkedHashMap<>();
		switch (random.nextInt(6)) {
			case 0 -> call.put("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode");
			case 1 -> {
				call.put("Action", "SaveSingleTaskForTransferProhibitionLock");
				call.put("Status", String.valueOf(random.nextBoolean()));
			}
			case 2 -> {
				call.put("Action", "SaveBatchTaskForTransferProhibitionLock");
				call.put("DomainName.1", domain);
				call.put("DomainName.2", DOMAINS.get((DOMAINS.indexOf(domain) + 1) % DOMAINS.size()));
				call.put("Status", "false");
				return call;
			}
			case 3 -> call.put("Action", "SaveSingleTaskForApprovingTransferOut");
			case 4 -> call.put("Action", "SaveSingleTaskForCancelingTransferOut");
			default -> call.put("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode");
		}
		call.put("DomainName", domain);
		return call;
	}

}
