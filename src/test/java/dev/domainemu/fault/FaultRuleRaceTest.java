package dev.domainemu.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.domainemu.account.Accounts;
import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule added while another is removed is never forgotten: every round removes one rule
 * while adding another at the same moment, and the added one must be seen.
 */
class FaultRuleRaceTest extends EmulatorTest {

	private static final int ROUNDS = 2000;

	@Autowired
	private FaultService faults;

	@Autowired
	private Accounts accounts;

	@Test
	void aRuleAddedWhileAnotherIsRemovedFires() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Integer> forgotten = new ArrayList<>();
		try {
			FaultRuleView previous = this.faults.add(account(), rule("round0.com"));
			for (int round = 1; round <= ROUNDS; round++) {
				CyclicBarrier start = new CyclicBarrier(2);
				long removing = previous.id();
				String domain = "round" + round + ".com";
				CompletableFuture<Boolean> removed = CompletableFuture.supplyAsync(() -> {
					await(start);
					return this.faults.remove(account(), removing);
				}, pool);
				CompletableFuture<FaultRuleView> added = CompletableFuture.supplyAsync(() -> {
					await(start);
					return this.faults.add(account(), rule(domain));
				}, pool);
				assertThat(removed.get()).isTrue();
				previous = added.get();
				if (!this.faults.anyRule()) {
					forgotten.add(round);
				}
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(forgotten).as("rounds whose added rule calls would skip").isEmpty();
		// and through the API: the last rule added fires
		assertThat(post(java.util.Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName",
				"round" + ROUNDS + ".com"))
			.body()
			.path("Code")
			.asString()).isEqualTo("ServiceUnavailable");
	}

	private String account() {
		return this.accounts.defaultUserId();
	}

	private static FaultSpec rule(String domain) {
		return new FaultSpec(null, domain, null, null, null, null, null, "ServiceUnavailable", null, 503, 0, null, null,
				0);
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
