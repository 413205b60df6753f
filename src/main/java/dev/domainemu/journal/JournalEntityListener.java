package dev.domainemu.journal;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/**
 * Hands the status changes of a {@link Journaled} entity to the journal as it is written.
 * Made by Spring (Hibernate asks the bean container), so it gets the journal.
 */
public class JournalEntityListener {

	private final Journal journal;

	public JournalEntityListener(Journal journal) {
		this.journal = journal;
	}

	@PostPersist
	@PostUpdate
	void written(Object entity) {
		if (entity instanceof Journaled journaled) {
			journaled.drainChanges().forEach(this.journal::transition);
		}
	}

}
