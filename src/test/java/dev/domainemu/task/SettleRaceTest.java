package dev.domainemu.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.domainemu.support.EmulatorTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A detail's execution step and the control plane's finish meet on the same details at
 * once: each detail ends exactly once, by whichever came first; the other is told (409)
 * or does nothing. Never a lost update, never a 500.
 */
class SettleRaceTest extends EmulatorTest {

	private static final int DETAILS = 200;

	private static final int FINISHERS = 3;

	@Test
	void aStepAndAnAdminFinishNeverBothEndADetail() throws Exception {
		for (int round = 0; round < 3; round++) {
			race(round);
		}
	}

	private void race(int round) throws Exception {
		Map<String, Object> batch = new LinkedHashMap<>();
		batch.put("Action", "SaveBatchTaskForTransferProhibitionLock");
		batch.put("Status", "true");
		for (int i = 0; i < DETAILS; i++) {
			String domain = "race" + round + "-" + i + ".com";
			seedDomain(domain, null, false);
			batch.put("DomainName." + (i + 1), domain);
		}
		String taskNo = post(batch).ok().path("TaskNo").asString();
		advanceSeconds(1);
		List<String> detailNos = admin().get("/_emulator/tasks/{taskNo}", taskNo)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("details.taskDetailNo");
		assertThat(detailNos).hasSize(DETAILS);

		Map<String, Integer> adminReplies = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(FINISHERS + 1);
		CyclicBarrier start = new CyclicBarrier(FINISHERS + 1);
		List<Future<?>> work = new ArrayList<>();
		work.add(pool.submit(() -> {
			await(start);
			advanceSeconds(2);
		}));
		for (int f = 0; f < FINISHERS; f++) {
			int first = f;
			work.add(pool.submit(() -> {
				await(start);
				for (int i = first; i < DETAILS; i += FINISHERS) {
					Response reply = admin(Map.of("taskDetailNo", detailNos.get(i), "outcome", "failure", "failReason",
							"Race", "errorMsg", "finished by the control plane"))
						.post("/_emulator/tasks/{taskNo}/finish", taskNo);
					adminReplies.put(detailNos.get(i), reply.statusCode());
				}
			}));
		}
		for (Future<?> future : work) {
			future.get();
		}
		pool.shutdown();

		assertThat(adminReplies.values()).as("admin replies").allMatch((status) -> status == 200 || status == 409);
		Map<String, String> finalStatus = new HashMap<>();
		Map<String, String> failReason = new HashMap<>();
		admin().get("/_emulator/tasks/{taskNo}", taskNo)
			.then()
			.extract()
			.jsonPath()
			.<Map<String, Object>>getList("details")
			.forEach((detail) -> {
				finalStatus.put((String) detail.get("taskDetailNo"), (String) detail.get("status"));
				failReason.put((String) detail.get("taskDetailNo"), (String) detail.get("failReason"));
			});
		Map<String, Integer> endings = new HashMap<>();
		admin().queryParam("kind", "transition")
			.queryParam("limit", 100000)
			.get("/_emulator/journal")
			.then()
			.extract()
			.jsonPath()
			.<Map<String, Object>>getList("$")
			.stream()
			.filter((entry) -> "EXECUTING".equals(entry.get("from")))
			.forEach((entry) -> endings.merge((String) entry.get("id"), 1, Integer::sum));
		for (String detailNo : detailNos) {
			assertThat(endings.get(detailNo)).as("%s ended how many times", detailNo).isEqualTo(1);
			if (adminReplies.get(detailNo) == 200) {
				assertThat(finalStatus.get(detailNo)).as(detailNo).isEqualTo("EXECUTE_FAILURE");
				assertThat(failReason.get(detailNo)).as(detailNo).isEqualTo("Race");
			}
			else {
				assertThat(finalStatus.get(detailNo)).as(detailNo).isEqualTo("EXECUTE_SUCCESS");
			}
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
