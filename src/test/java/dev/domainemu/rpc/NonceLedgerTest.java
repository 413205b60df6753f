package dev.domainemu.rpc;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nonce ledger answers as a plain model of it does (a map of nonces with until when
 * each is remembered, forgotten oldest first when full or when their window has passed),
 * over long random runs that fill it, wrap its ring and reuse nonces in and out of their
 * window.
 */
class NonceLedgerTest {

	@Test
	void aNonceIsGoodOnceWithinItsWindow() {
		NonceLedger ledger = new NonceLedger(10);
		Instant now = Instant.parse("2026-01-15T04:00:00Z");
		assertThat(ledger.firstUse("key", "n1", now, now.plusSeconds(900))).isTrue();
		assertThat(ledger.firstUse("key", "n1", now.plusSeconds(899), now.plusSeconds(900))).isFalse();
		assertThat(ledger.firstUse("other", "n1", now, now.plusSeconds(900))).isTrue();
		assertThat(ledger.firstUse("key", "n1", now.plusSeconds(900), now.plusSeconds(1800))).isTrue();
		assertThat(ledger.firstUse("key", "n1", now.plusSeconds(901), now.plusSeconds(1800))).isFalse();
	}

	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void randomRunsAnswerAsTheModelDoes() {
		for (int capacity : new int[] { 1, 2, 3, 7, 64, 1000 }) {
			long seed = new Random().nextLong();
			Random random = new Random(seed);
			NonceLedger ledger = new NonceLedger(capacity);
			Model model = new Model(capacity);
			long now = 1_000_000;
			for (int i = 0; i < 200_000; i++) {
				now += random.nextInt(3);
				String key = "k" + random.nextInt(3);
				String nonce = "n" + random.nextInt(capacity * 3 + 2);
				long until = now + 1 + random.nextInt(200);
				boolean expected = model.firstUse(key + "/" + nonce, now, until);
				boolean actual = ledger.firstUse(key, nonce, Instant.ofEpochMilli(now), Instant.ofEpochMilli(until));
				assertThat(actual).as("capacity %d, step %d, seed %d", capacity, i, seed).isEqualTo(expected);
			}
		}
	}

	/** The ledger's rules over plain collections. */
	private static final class Model {

		private final int capacity;

		private final Map<String, Long> until = new HashMap<>();

		private final Deque<String[]> order = new ArrayDeque<>();

		/** How many places of the order each nonce has. */
		private final Map<String, Integer> places = new HashMap<>();

		Model(int capacity) {
			this.capacity = capacity;
		}

		boolean firstUse(String nonce, long now, long forgetAt) {
			while (!this.order.isEmpty() && Long.parseLong(this.order.peekFirst()[1]) <= now) {
				forgetOldest();
			}
			if (this.order.size() == this.capacity) {
				forgetOldest();
			}
			Long remembered = this.until.get(nonce);
			if (remembered != null && remembered > now) {
				return false;
			}
			this.until.put(nonce, forgetAt);
			this.order.addLast(new String[] { nonce, String.valueOf(forgetAt) });
			this.places.merge(nonce, 1, Integer::sum);
			return true;
		}

		private void forgetOldest() {
			String[] oldest = this.order.pollFirst();
			// a nonce taken again later is remembered until its newer place goes
			if (this.places.merge(oldest[0], -1, Integer::sum) == 0) {
				this.places.remove(oldest[0]);
				this.until.remove(oldest[0]);
			}
		}

	}

}
