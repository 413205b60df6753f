package dev.domainemu.journal;

import java.util.List;

/**
 * An entity whose status changes go to the journal when it is written.
 */
public interface Journaled {

	/** The changes made since the last call, which forgets them. */
	List<StatusChange> drainChanges();

}
