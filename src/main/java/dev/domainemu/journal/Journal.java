package dev.domainemu.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.domainemu.clock.AccountTime;

import org.springframework.stereotype.Component;

/**
 * Every RPC call, every status change and every step given up, newest last, in a ring of
 * {@code emulator.journal.size} slots: once it is full the oldest entries are written
 * over. Recording takes no lock and keeps a call's parameters as one string, so that the
 * journal costs calls little and holds few objects. Secret parameters (authorization
 * codes, mail tokens, signatures, security tokens) are kept as {@code ******}.
 */
@Component
public class Journal {

	private final AtomicReferenceArray<Slot> slots;

	private final AtomicLong seq = new AtomicLong();

	/** Entries up to this number were cleared. */
	private volatile long clearedUpTo;

	/** About how many bytes the entries held take. */
	private final AtomicLong bytes = new AtomicLong();

	/** Entries up to this number were let go to keep within the byte budget. */
	private long trimmedUpTo;

	private final JournalProperties properties;

	private final AccountTime clock;

	/**
	 * Makes the journal.
	 * @param properties its size
	 * @param clock the accounts' clocks, whose time a call's entry is dated by
	 */
	Journal(JournalProperties properties, AccountTime clock) {
		this.properties = properties;
		this.clock = clock;
		this.slots = new AtomicReferenceArray<>(Math.max(1, properties.size()));
	}

	/** Records a call once it has been answered. */
	public void call(String account, String action, Map<String, String> parameters, int httpStatus, String code,
			long latencyNanos, String requestId) {
		call(account, action, parameters, httpStatus, code, latencyNanos, requestId, null);
	}

	/**
	 * Records a call once it has been answered, with why its signature did not hold when
	 * it was let through all the same ({@code null} when it held or was not checked).
	 */
	public void call(String account, String action, Map<String, String> parameters, int httpStatus, String code,
			long latencyNanos, String requestId, String signatureMismatch) {
		if (this.properties.size() == 0) {
			return;
		}
		long number = this.seq.incrementAndGet();
		put(new Slot(number, this.clock.now(account), account, action,
				JournalParameters.encode(parameters, this.properties.maxParameters(), this.properties.maxValueLength()),
				httpStatus, code, latencyNanos / 1_000_000, requestId, signatureMismatch, null, null, null));
	}

	/** Records a status change, with the cause it was made by. */
	public void transition(StatusChange change) {
		reserve(List.of(change)).commit();
	}

	/**
	 * Takes places for status changes as they are written, while their rows are still
	 * locked, so that changes of one thing take places in the order they were made; they
	 * show once {@link Reservation#commit} is called, never if {@link Reservation#drop}
	 * is.
	 */
	public Reservation reserve(List<StatusChange> changes) {
		Reservation reservation = new Reservation();
		if (this.properties.size() == 0) {
			return reservation;
		}
		for (StatusChange change : changes) {
			long number = this.seq.incrementAndGet();
			put(new Slot(number, change.at(), change.account(), null, null, 0, null, 0, null, null, change, null,
					reservation));
		}
		return reservation;
	}

	/** Records a step given up after failing. */
	public void failure(StepFailure failure) {
		if (this.properties.size() == 0) {
			return;
		}
		long number = this.seq.incrementAndGet();
		put(new Slot(number, failure.dueAt(), failure.account(), null, null, 0, null, 0, null, null, null, failure,
				null));
	}

	/**
	 * The entries the filter accepts, oldest first, at most {@code limit} of the newest.
	 */
	public List<JournalEntry> entries(JournalFilter filter, int limit) {
		long last = this.seq.get();
		long first = Math.max(this.clearedUpTo + 1, last - this.slots.length() + 1);
		List<JournalEntry> matching = new ArrayList<>();
		for (long number = first; number <= last; number++) {
			Slot slot = this.slots.get(index(number));
			if (slot != null && slot.seq() == number && slot.shown()) {
				JournalEntry entry = slot.entry();
				if (filter.accepts(entry)) {
					matching.add(entry);
				}
			}
		}
		return (matching.size() > limit) ? List.copyOf(matching.subList(matching.size() - limit, matching.size()))
				: matching;
	}

	/**
	 * Forgets the account's entries recorded so far (those of calls, status changes and
	 * steps given up of the account), and lets go of the memory they took.
	 */
	public void clear(String account) {
		long upTo = this.seq.get();
		for (int i = 0; i < this.slots.length(); i++) {
			Slot slot = this.slots.get(i);
			if (slot != null && slot.seq() <= upTo && account.equals(slot.account())
					&& this.slots.compareAndSet(i, slot, null)) {
				this.bytes.addAndGet(-slot.cost());
			}
		}
	}

	/** Forgets every entry recorded so far, and lets go of the memory they took. */
	public void clear() {
		long upTo = this.seq.get();
		this.clearedUpTo = upTo;
		for (int i = 0; i < this.slots.length(); i++) {
			Slot slot = this.slots.get(i);
			if (slot != null && slot.seq() <= upTo && this.slots.compareAndSet(i, slot, null)) {
				this.bytes.addAndGet(-slot.cost());
			}
		}
	}

	/**
	 * About how many bytes the entries held take (never above {@code max-bytes}, for
	 * long).
	 */
	public long retainedBytes() {
		return this.bytes.get();
	}

	/**
	 * Puts the entry in its place unless a newer entry has taken that place already (a
	 * writer held up between taking its number and writing would otherwise write over an
	 * entry one round newer than its own) or the journal was cleared past it.
	 */
	private void put(Slot slot) {
		int index = index(slot.seq());
		Slot replaced;
		do {
			replaced = this.slots.get(index);
			if ((replaced != null && replaced.seq() > slot.seq()) || slot.seq() <= this.clearedUpTo) {
				return;
			}
		}
		while (!this.slots.compareAndSet(index, replaced, slot));
		long held = this.bytes.addAndGet(slot.cost() - ((replaced != null) ? replaced.cost() : 0));
		if (held > this.properties.maxBytes().toBytes()) {
			trim();
		}
	}

	/** Lets the oldest entries go until the rest are within the byte budget. */
	private synchronized void trim() {
		long last = this.seq.get();
		long number = Math.max(this.trimmedUpTo + 1, last - this.slots.length() + 1);
		for (; number <= last && this.bytes.get() > this.properties.maxBytes().toBytes(); number++) {
			int index = index(number);
			Slot slot = this.slots.get(index);
			if (slot != null && slot.seq() == number && this.slots.compareAndSet(index, slot, null)) {
				this.bytes.addAndGet(-slot.cost());
			}
			this.trimmedUpTo = number;
		}
	}

	private int index(long number) {
		return (int) (number % this.slots.length());
	}

	/** Places taken for status changes whose transaction has not ended yet. */
	public static final class Reservation {

		private volatile boolean committed;

		/** The changes were committed: they show. */
		public void commit() {
			this.committed = true;
		}

		/** The changes were rolled back: they never show. */
		public void drop() {
			this.committed = false;
		}

	}

	/** One recorded entry, kept compact until it is read. */
	private record Slot(long seq, Instant at, String account, String action, String parameters, int httpStatus,
			String code, long latencyMs, String requestId, String signature, StatusChange change, StepFailure failure,
			Reservation reservation) {

		/**
		 * About the bytes this entry takes: the record, its strings, two bytes a
		 * character.
		 */
		long cost() {
			long cost = 160;
			cost += (this.parameters != null) ? 48 + 2L * this.parameters.length() : 0;
			cost += (this.signature != null) ? 48 + 2L * this.signature.length() : 0;
			cost += (this.change != null) ? 320 : 0;
			cost += (this.failure != null) ? 320 + 2L * String.valueOf(this.failure.error()).length() : 0;
			return cost;
		}

		boolean shown() {
			return this.reservation == null || this.reservation.committed;
		}

		JournalEntry entry() {
			if (this.change != null) {
				return JournalEntry.transition(this.seq, this.change);
			}
			if (this.failure != null) {
				return JournalEntry.failure(this.seq, this.failure);
			}
			return JournalEntry.call(this.seq, this.at, this.account, this.action,
					JournalParameters.decode(this.parameters), this.httpStatus, this.code, this.latencyMs,
					this.requestId, this.signature);
		}

	}

}
