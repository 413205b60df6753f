package dev.domainemu.journal;

import java.util.List;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the status changes of a {@link Journaled} entity to the journal as it is written,
 * once its transaction commits: a change that is rolled back never shows. Made by Spring
 * (Hibernate asks the bean container), so it gets the journal.
 */
public class JournalEntityListener {

	private final Journal journal;

	public JournalEntityListener(Journal journal) {
		this.journal = journal;
	}

	@PostPersist
	@PostUpdate
	void written(Object entity) {
		if (!(entity instanceof Journaled journaled)) {
			return;
		}
		List<StatusChange> changes = journaled.drainChanges();
		if (changes.isEmpty()) {
			return;
		}
		// places are taken now, while the rows are locked, so the journal orders the
		// changes of one thing as they were made; they show when the transaction commits
		Journal.Reservation reservation = this.journal.reserve(changes);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						reservation.commit();
					}
					else {
						reservation.drop();
					}
				}
			});
		}
		else {
			reservation.commit();
		}
	}

}
