package dev.domainemu.rpc;

import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The signature nonces of the last window, per access key, in bounded memory (for an
 * emulator that owns its database; emulators that share one use the {@link NonceTable}):
 * a nonce seen again while remembered is a replay. The oldest go first when the ledger is
 * full, and those whose window has passed as new ones come.
 */
final class NonceLedger implements Nonces {

	private final int capacity;

	/** Each remembered nonce and until when (epoch milliseconds). */
	private final Map<String, Long> seen = new ConcurrentHashMap<>();

	/** The remembered nonces, oldest first. */
	private final Queue<String> order = new ConcurrentLinkedQueue<>();

	private final AtomicInteger size = new AtomicInteger();

	NonceLedger(int capacity) {
		this.capacity = capacity;
	}

	@Override
	public boolean firstUse(String accessKeyId, String nonce, Instant now, Instant forgetAt) {
		long at = now.toEpochMilli();
		String key = accessKeyId.length() + ":" + accessKeyId + nonce;
		Long until = forgetAt.toEpochMilli();
		Long previous = this.seen.putIfAbsent(key, until);
		if (previous != null && (previous > at || !this.seen.replace(key, previous, until))) {
			return false;
		}
		if (previous == null) {
			this.order.add(key);
			this.size.incrementAndGet();
		}
		forgetOld(at);
		return true;
	}

	/**
	 * Forgets the oldest while the ledger is over capacity or their window has passed.
	 */
	private void forgetOld(long at) {
		while (true) {
			String oldest = this.order.peek();
			if (oldest == null) {
				return;
			}
			Long until = this.seen.get(oldest);
			if (this.size.get() <= this.capacity && until != null && until > at) {
				return;
			}
			// the head, whichever thread's it is now
			String forgotten = this.order.poll();
			if (forgotten != null) {
				this.seen.remove(forgotten);
				this.size.decrementAndGet();
			}
		}
	}

}
