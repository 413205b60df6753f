package dev.domainemu.rpc;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signature nonces of the last window, per access key, in bounded memory: a nonce
 * seen again while remembered is a replay. The oldest go first when the ledger is full.
 */
final class NonceLedger {

	private final int capacity;

	private final Map<String, Instant> seen = new LinkedHashMap<>();

	NonceLedger(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * Records the nonce of the key until {@code forgetAt}; {@code false} if it was
	 * recorded already and not yet forgotten.
	 */
	synchronized boolean firstUse(String accessKeyId, String nonce, Instant now, Instant forgetAt) {
		for (Iterator<Instant> oldest = this.seen.values().iterator(); oldest.hasNext();) {
			if (oldest.next().isAfter(now) && this.seen.size() < this.capacity) {
				break;
			}
			oldest.remove();
		}
		String key = accessKeyId.length() + ":" + accessKeyId + nonce;
		Instant previous = this.seen.get(key);
		if (previous != null && previous.isAfter(now)) {
			return false;
		}
		this.seen.put(key, forgetAt);
		return true;
	}

}
