package dev.domainemu.transferin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.domainemu.journal.StatusChange;
import dev.domainemu.journal.StatusChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;

/**
 * What a transfer-in's status changes leave behind: the journal's entries and the
 * history's rows made since it was last written, and how many changes its history holds.
 */
@Embeddable
class TransferInTrail {

	private static final String SUBJECT = "transfer-in";

	@Transient
	private final StatusChanges changes = new StatusChanges();

	/** For {@link TransferInHistoryWriter} to append to the history. */
	@Transient
	private final List<TransferInHistoryWriter.Entry> newHistory = new ArrayList<>();

	/**
	 * How many changes its history holds: the place of the next one. Written with the
	 * transfer-in's version, so two transactions cannot both append at one place.
	 */
	@Column(name = "history_length", nullable = false)
	private int historyLength;

	/** Records a change of status ({@code from} {@code null} for the first one). */
	void changed(String instanceId, String userId, String domainName, String from, String to, Instant at) {
		StatusChange change = StatusChange.now(SUBJECT, instanceId, userId, domainName, from, to, at);
		this.changes.add(change);
		this.newHistory.add(new TransferInHistoryWriter.Entry(instanceId, this.historyLength++, new TransferInChange(
				(from != null) ? Integer.valueOf(from) : null, Integer.parseInt(to), at, change.cause().label())));
	}

	List<StatusChange> drainChanges() {
		return this.changes.drain();
	}

	/** The history rows made since the last call, which forgets them. */
	List<TransferInHistoryWriter.Entry> drainHistory() {
		List<TransferInHistoryWriter.Entry> drained = List.copyOf(this.newHistory);
		this.newHistory.clear();
		return drained;
	}

}
