package dev.domainemu.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RunsBeside;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conflicts are named exactly: overlapping batches never deadlock, only the guard's own
 * key is {@code TaskIsBeingProcessed}, and any other database error is
 * {@code InternalError}. On a database of its own whose lock timeout is short, so that a
 * call waiting for it would show as an {@code InternalError}.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:conflicts;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=3000")
@DirtiesContext
@RunsBeside
class ConflictsTest extends EmulatorTest {

	private static final int DOMAINS = 200;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void batchesOverTheSameDomainsInOppositeOrderNeverDeadlock() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		for (int round = 0; round < 10; round++) {
			admin(Map.of("prefix", "r" + round, "count", DOMAINS)).post("/_emulator/bulk").then().statusCode(201);
			List<String> domains = new ArrayList<>();
			for (int i = 1; i <= DOMAINS; i++) {
				domains.add("r" + round + "-" + i + ".com");
			}
			CyclicBarrier start = new CyclicBarrier(2);
			CompletableFuture<RawReply> ascending = CompletableFuture.supplyAsync(() -> lockAll(domains, start), pool);
			List<String> reversed = new ArrayList<>(domains);
			Collections.reverse(reversed);
			CompletableFuture<RawReply> descending = CompletableFuture.supplyAsync(() -> lockAll(reversed, start),
					pool);
			List<String> outcomes = List.of(outcome(ascending.get()), outcome(descending.get()));
			assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("TaskNo", "TaskIsBeingProcessed");
		}
		pool.shutdown();
	}

	@Test
	void aDatabaseErrorOtherThanTheGuardsKeyIsAnInternalError() {
		seedDomain("refused.com", null, false);
		this.jdbc.execute("alter table task_detail add constraint ck_probe check (domain_name <> 'refused.com')");
		try {
			RawReply reply = post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName",
					"refused.com"));
			assertThat(reply.status()).isEqualTo(500);
			assertThat(reply.body().path("Code").asString()).isEqualTo("InternalError");
		}
		finally {
			this.jdbc.execute("alter table task_detail drop constraint ck_probe");
		}
		// nothing of the refused submission stayed behind
		assertThat(this.jdbc.queryForObject("select count(*) from domain_task_guard", Integer.class)).isZero();
		post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "refused.com")).ok();
	}

	private RawReply lockAll(List<String> domains, CyclicBarrier start) {
		Map<String, Object> call = new LinkedHashMap<>();
		call.put("Action", "SaveBatchTaskForTransferProhibitionLock");
		call.put("Status", "true");
		IntStream.range(0, domains.size()).forEach((i) -> call.put("DomainName." + (i + 1), domains.get(i)));
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return post(call);
	}

	private static String outcome(RawReply reply) {
		String code = reply.body().path("Code").asString();
		if (reply.status() == 200) {
			return "TaskNo";
		}
		return (reply.status() == 400 && code.equals("TaskIsBeingProcessed")) ? code : reply.status() + " " + code;
	}

}
