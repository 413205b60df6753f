package dev.domainemu.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * The status changes a {@link Journaled} entity made since it was last written.
 */
public final class StatusChanges {

	private final List<StatusChange> pending = new ArrayList<>();

	public void add(StatusChange change) {
		this.pending.add(change);
	}

	/** The changes made so far, forgotten from now on. */
	public List<StatusChange> drain() {
		List<StatusChange> drained = List.copyOf(this.pending);
		this.pending.clear();
		return drained;
	}

}
