package dev.domainemu.task;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DomainTaskGuardRepository extends JpaRepository<DomainTaskGuard, String> {

	/**
	 * Inserts the guard row; the primary key refuses a second one for the same domain.
	 */
	@Modifying
	@Query(value = "insert into domain_task_guard (guard_key, task_detail_no) values (:key, :taskDetailNo)",
			nativeQuery = true)
	int claim(String key, String taskDetailNo);

	/** Deletes the guard row, if it is the detail's own claim. */
	@Modifying
	@Query("delete from DomainTaskGuard g where g.key = :key and g.taskDetailNo = :taskDetailNo")
	int release(String key, String taskDetailNo);

	/** Deletes the guard rows of the keys that are the details' own claims. */
	@Modifying
	@Query("delete from DomainTaskGuard g where g.key in :keys and g.taskDetailNo in :taskDetailNos")
	int releaseAll(Collection<String> keys, Collection<String> taskDetailNos);

}
