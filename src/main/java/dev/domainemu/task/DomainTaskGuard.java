package dev.domainemu.task;

import dev.domainemu.storage.UniqueKeys;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Exists while a domain has an unfinished task. Its primary key (account and domain) lets
 * the database refuse a second one: that refusal is {@code TaskIsBeingProcessed}.
 */
@Entity
@Table(name = "domain_task_guard")
class DomainTaskGuard {

	/** The name of the primary key, whose refusal alone means the domain is busy. */
	static final String KEY_CONSTRAINT = "pk_domain_task_guard";

	@Id
	@Column(name = "guard_key", length = 300)
	private String key;

	@Column(name = "task_detail_no", nullable = false, length = 36)
	private String taskDetailNo;

	protected DomainTaskGuard() {
	}

	static String key(String userId, String domainName) {
		return userId + "/" + domainName;
	}

	/**
	 * Whether the database refused a claim because the guard's key is taken (a unique
	 * violation naming {@link #KEY_CONSTRAINT}), and not for any other reason.
	 */
	static boolean isTaken(Throwable error) {
		return UniqueKeys.refused(error, KEY_CONSTRAINT);
	}

}
