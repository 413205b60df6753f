package dev.domainemu.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal keeps the newest entries up to its size, keeps a bounded number of
 * parameters per call, and never keeps a secret.
 */
class JournalTest {

	private static final Instant T = Instant.parse("2026-01-15T04:00:00Z");

	private static final JournalFilter ALL = new JournalFilter(null, null, null, null, null, null, null, null);

	@Test
	void keepsOnlyTheNewestEntries() {
		Journal journal = new Journal(new JournalProperties(3, 10), Clock.fixed(T, ZoneOffset.UTC));
		for (int i = 1; i <= 5; i++) {
			journal.call("u", "Action" + i, Map.of(), 200, null, 0, "R" + i);
		}
		assertThat(journal.entries(ALL, 100)).extracting(JournalEntry::requestId).containsExactly("R3", "R4", "R5");
		assertThat(journal.entries(ALL, 2)).extracting(JournalEntry::seq).containsExactly(4L, 5L);
		journal.clear();
		assertThat(journal.entries(ALL, 100)).isEmpty();
	}

	@Test
	void masksSecretsAndBoundsParameters() {
		Journal journal = new Journal(new JournalProperties(10, 4), Clock.fixed(T, ZoneOffset.UTC));
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("Token", "secret-token");
		parameters.put("OrderTransferParam.1.AuthorizationCode", "Ab1#xyz89Kq7");
		parameters.put("DomainName", "example.com");
		parameters.put("Signature", "abc=");
		parameters.put("Extra1", "x");
		parameters.put("Extra2", "y");
		journal.call("u", "A", parameters, 200, null, 2_500_000, "R");
		JournalEntry entry = journal.entries(ALL, 1).get(0);
		assertThat(entry.parameters()).containsEntry("Token", Journal.MASK)
			.containsEntry("OrderTransferParam.1.AuthorizationCode", Journal.MASK)
			.containsEntry("DomainName", "example.com")
			.containsEntry("Signature", Journal.MASK)
			.containsEntry("…", "2 more")
			.doesNotContainKey("Extra1");
		assertThat(entry.latencyMs()).isEqualTo(2);
		assertThat(entry.at()).isEqualTo(T);
	}

	@Test
	void parallelCallsKeepTheNewestInOrder() throws InterruptedException {
		Journal journal = new Journal(new JournalProperties(100, 10), Clock.fixed(T, ZoneOffset.UTC));
		Thread[] threads = new Thread[8];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = new Thread(() -> {
				for (int i = 0; i < 1000; i++) {
					journal.call("u", "A", Map.of("DomainName", "example.com"), 200, null, 0, "R");
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(journal.entries(ALL, 1000)).hasSize(100)
			.extracting(JournalEntry::seq)
			.isEqualTo(java.util.stream.LongStream.rangeClosed(7901, 8000).boxed().toList());
		assertThat(journal.entries(ALL, 1000)).allSatisfy(
				(entry) -> assertThat(entry.parameters()).containsExactly(Map.entry("DomainName", "example.com")));
	}

	@Test
	void sizeZeroKeepsNothing() {
		Journal journal = new Journal(new JournalProperties(0, 10), Clock.fixed(T, ZoneOffset.UTC));
		journal.call("u", "A", Map.of(), 200, null, 0, "R");
		journal.transition(new StatusChange("transfer-in", "S", "u", "a.com", null, "10", T, Cause.API));
		assertThat(journal.entries(ALL, 10)).isEmpty();
	}

}
