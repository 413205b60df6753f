package dev.domainemu.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Exists while a domain has an unfinished task. Its primary key (account and domain) lets
 * the database refuse a second one: that refusal is {@code TaskIsBeingProcessed}.
 */
@Entity
@Table(name = "domain_task_guard",
		indexes = @Index(name = "ix_domain_task_guard_detail", columnList = "task_detail_no"))
class DomainTaskGuard {

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

}
