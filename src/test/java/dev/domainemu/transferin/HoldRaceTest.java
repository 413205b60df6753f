package dev.domainemu.transferin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two transfer-ins of one domain succeed at once (forced to 59 together): each makes the
 * domain held when it is not, and the second to write meets the first's row. It is tried
 * again and finds the domain held: both succeed, the account holds the domain once, and
 * no reply is a 5xx.
 */
class HoldRaceTest extends EmulatorTest {

	private static final int ROUNDS = 60;

	@Test
	void twoSuccessesOfOneDomainAtOnceHoldItOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				String domain = "hold-race" + round + ".com";
				List<String> instances = List.of(seedTransferIn(Map.of("domainName", domain, "status", 51)),
						seedTransferIn(Map.of("domainName", domain, "status", 52)));
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Integer>> replies = instances.stream().map((instanceId) -> pool.submit(() -> {
					start.await();
					return admin(Map.of("status", 59)).post("/_emulator/transfer-ins/{id}/force", instanceId)
						.then()
						.extract()
						.statusCode();
				})).toList();
				for (Future<Integer> reply : replies) {
					assertThat(reply.get()).as("force in round %d", round).isEqualTo(200);
				}
				List<String> held = admin().queryParam("limit", 1000)
					.get("/_emulator/domains")
					.then()
					.statusCode(200)
					.extract()
					.jsonPath()
					.getList("domainName");
				assertThat(held).as("held in round %d", round).containsOnlyOnce(domain);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
