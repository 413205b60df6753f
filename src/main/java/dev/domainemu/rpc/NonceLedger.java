package dev.domainemu.rpc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The signature nonces of the last window, per access key, in bounded memory that makes
 * no object per nonce (for an emulator that owns its database; emulators that share one
 * use the {@link NonceTable}): each is kept as a 64-bit digest of the key and the nonce
 * with until when it is remembered, in a ring of {@code capacity} places (the oldest go
 * first when it is full, and those whose window has passed as new ones come) indexed by
 * an open-addressing table. A nonce seen again while remembered is a replay; two nonces
 * sharing a digest, one chance in about 10^14 for a full ledger, would refuse the second.
 */
final class NonceLedger implements Nonces {

	private static final long EMPTY = 0;

	private final int capacity;

	/** The digests in the order they came, and until when each is remembered. */
	private final long[] ringDigests;

	private final long[] ringUntil;

	/** Where the oldest is, and how many there are. */
	private int head;

	private int size;

	/** The ring's places by digest: each slot holds a place + 1, or {@link #EMPTY}. */
	private final int[] table;

	private final int mask;

	NonceLedger(int capacity) {
		this.capacity = capacity;
		this.ringDigests = new long[capacity];
		this.ringUntil = new long[capacity];
		int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
		this.table = new int[slots];
		this.mask = slots - 1;
	}

	@Override
	public synchronized boolean firstUse(String accessKeyId, String nonce, Instant now, Instant forgetAt) {
		long at = now.toEpochMilli();
		forgetPassed(at);
		if (this.size == this.capacity) {
			forgetOldest();
		}
		long digest = digest(accessKeyId, nonce);
		int slot = find(digest);
		if (slot >= 0 && this.ringUntil[this.table[slot] - 1] > at) {
			return false;
		}
		// a digest remembered past its window takes a new place; its older one is passed
		// over when the ring gets there
		int place = (this.head + this.size) % this.capacity;
		this.ringDigests[place] = digest;
		this.ringUntil[place] = forgetAt.toEpochMilli();
		this.size++;
		if (slot >= 0) {
			this.table[slot] = place + 1;
		}
		else {
			insert(digest, place);
		}
		return true;
	}

	/** Forgets the oldest while their window has passed. */
	private void forgetPassed(long at) {
		while (this.size > 0 && this.ringUntil[this.head] <= at) {
			forgetOldest();
		}
	}

	private void forgetOldest() {
		int place = this.head;
		int slot = find(this.ringDigests[place]);
		// a digest taken again later points at its newer place: that one stays
		if (slot >= 0 && this.table[slot] - 1 == place) {
			delete(slot);
		}
		this.head = (this.head + 1) % this.capacity;
		this.size--;
	}

	/** The slot that holds the digest, or -1. */
	private int find(long digest) {
		for (int slot = index(digest);; slot = (slot + 1) & this.mask) {
			int entry = this.table[slot];
			if (entry == EMPTY) {
				return -1;
			}
			if (this.ringDigests[entry - 1] == digest) {
				return slot;
			}
		}
	}

	private void insert(long digest, int place) {
		int slot = index(digest);
		while (this.table[slot] != EMPTY) {
			slot = (slot + 1) & this.mask;
		}
		this.table[slot] = place + 1;
	}

	/** Empties the slot, moving back the entries after it that probing would miss. */
	private void delete(int slot) {
		int gap = slot;
		for (int next = (gap + 1) & this.mask; this.table[next] != EMPTY; next = (next + 1) & this.mask) {
			int home = index(this.ringDigests[this.table[next] - 1]);
			// the entry at next may fill the gap unless its home lies in (gap, next]
			boolean homeBetween = (gap <= next) ? (home > gap && home <= next) : (home > gap || home <= next);
			if (!homeBetween) {
				this.table[gap] = this.table[next];
				gap = next;
			}
		}
		this.table[gap] = (int) EMPTY;
	}

	private int index(long digest) {
		return (int) (digest ^ (digest >>> 32)) & this.mask;
	}

	/** A 64-bit FNV-1a digest of the key's length, the key and the nonce, never 0. */
	static long digest(String accessKeyId, String nonce) {
		long hash = 0xcbf29ce484222325L;
		hash = (hash ^ accessKeyId.length()) * 0x100000001b3L;
		hash = mix(hash, accessKeyId);
		hash = mix(hash, nonce);
		// a final scramble, so that nonces alike in their last characters spread out
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		return (hash != 0) ? hash : 1;
	}

	private static long mix(long hash, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		for (byte b : bytes) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		return hash;
	}

}
