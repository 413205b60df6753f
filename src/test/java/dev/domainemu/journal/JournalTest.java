package dev.domainemu.journal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import dev.domainemu.clock.AccountTime;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal keeps the newest entries up to its size, keeps a bounded number of
 * parameters per call, each value cut to a bounded length, stays within its byte budget,
 * lets go of its memory when cleared, and never keeps a secret.
 */
class JournalTest {

	private static final Instant T = Instant.parse("2026-01-15T04:00:00Z");

	private static final JournalFilter ALL = new JournalFilter(null, null, null, null, null, null, null, null);

	@Test
	void keepsOnlyTheNewestEntries() {
		Journal journal = new Journal(new JournalProperties(3, 10, 1024, DataSize.ofMegabytes(32)), (account) -> T);
		for (int i = 1; i <= 5; i++) {
			journal.call("u", "Action" + i, Map.of(), 200, null, 0, "R" + i);
		}
		assertThat(journal.entries(ALL, 100)).extracting(JournalEntry::requestId).containsExactly("R3", "R4", "R5");
		assertThat(journal.entries(ALL, 2)).extracting(JournalEntry::seq).containsExactly(4L, 5L);
		journal.clear();
		assertThat(journal.entries(ALL, 100)).isEmpty();
	}

	@Test
	void cutsLongValuesAndMarksWhatWasLeftOut() {
		Journal journal = new Journal(new JournalProperties(10, 10, 8, DataSize.ofMegabytes(1)), (account) -> T);
		journal.call("u", "A", Map.of("DomainName", "a".repeat(100), "N".repeat(200), "short"), 200, null, 0, "R");
		Map<String, String> kept = journal.entries(ALL, 1).get(0).parameters();
		assertThat(kept).containsEntry("DomainName", "aaaaaaaa…[92 more characters]")
			.containsEntry("N".repeat(128) + "…[72 more characters]", "short");
	}

	@Test
	void staysWithinItsByteBudgetOldestFirst() {
		Journal journal = new Journal(new JournalProperties(10_000, 50, 1024, DataSize.ofKilobytes(256)),
				(account) -> T);
		Map<String, String> big = new LinkedHashMap<>();
		for (int i = 0; i < 50; i++) {
			big.put("P" + i, "v".repeat(1_000_000));
		}
		for (int i = 1; i <= 100; i++) {
			journal.call("u", "A", big, 200, null, 0, "R" + i);
			assertThat(journal.retainedBytes()).isLessThanOrEqualTo(DataSize.ofKilobytes(256).toBytes());
		}
		assertThat(journal.entries(ALL, 10_000)).isNotEmpty()
			.extracting(JournalEntry::requestId)
			.endsWith("R99", "R100");
		journal.clear();
		assertThat(journal.retainedBytes()).isZero();
		assertThat(journal.entries(ALL, 10_000)).isEmpty();
	}

	@Test
	void masksSecretsAndBoundsParameters() {
		Journal journal = new Journal(new JournalProperties(10, 4, 1024, DataSize.ofMegabytes(32)), (account) -> T);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("Token", "secret-token");
		parameters.put("OrderTransferParam.1.AuthorizationCode", "Ab1#xyz89Kq7");
		parameters.put("DomainName", "example.com");
		parameters.put("Signature", "abc=");
		parameters.put("Extra1", "x");
		parameters.put("Extra2", "y");
		journal.call("u", "A", parameters, 200, null, 2_500_000, "R");
		JournalEntry entry = journal.entries(ALL, 1).get(0);
		assertThat(entry.parameters()).containsEntry("Token", JournalParameters.MASK)
			.containsEntry("OrderTransferParam.1.AuthorizationCode", JournalParameters.MASK)
			.containsEntry("DomainName", "example.com")
			.containsEntry("Signature", JournalParameters.MASK)
			.containsEntry("…", "2 more")
			.doesNotContainKey("Extra1");
		assertThat(entry.latencyMs()).isEqualTo(2);
		assertThat(entry.at()).isEqualTo(T);
	}

	@Test
	void parallelCallsKeepTheNewestInOrder() throws InterruptedException {
		Journal journal = new Journal(new JournalProperties(100, 10, 1024, DataSize.ofMegabytes(32)), (account) -> T);
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

	/**
	 * A writer held up between taking its number and writing its entry, while the ring
	 * goes round once, must not write over the entry that took its place.
	 */
	@Test
	void aWriterHeldUpForAWholeRoundLeavesTheNewerEntryInItsPlace() throws InterruptedException {
		CountDownLatch numberTaken = new CountDownLatch(1);
		CountDownLatch roundDone = new CountDownLatch(1);
		AccountTime holdingUp = (account) -> {
			if (Thread.currentThread().getName().equals("held-up")) {
				numberTaken.countDown();
				try {
					roundDone.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return T;
		};
		Journal journal = new Journal(new JournalProperties(10, 10, 1024, DataSize.ofMegabytes(32)), holdingUp);
		Thread heldUp = new Thread(() -> journal.call("u", "HeldUp", Map.of(), 200, null, 0, "R"), "held-up");
		heldUp.start();
		numberTaken.await();
		for (int i = 0; i < 10; i++) {
			journal.call("u", "A", Map.of(), 200, null, 0, "R");
		}
		roundDone.countDown();
		heldUp.join();
		assertThat(journal.entries(ALL, 100)).extracting(JournalEntry::seq)
			.isEqualTo(java.util.stream.LongStream.rangeClosed(2, 11).boxed().toList());
	}

	@Test
	void sizeZeroKeepsNothing() {
		Journal journal = new Journal(new JournalProperties(0, 10, 1024, DataSize.ofMegabytes(32)), (account) -> T);
		journal.call("u", "A", Map.of(), 200, null, 0, "R");
		journal.transition(new StatusChange("transfer-in", "S", "u", "a.com", null, "10", T, Cause.API));
		assertThat(journal.entries(ALL, 10)).isEmpty();
	}

}
