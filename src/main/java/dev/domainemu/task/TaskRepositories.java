package dev.domainemu.task;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, String> {

}

interface TaskDetailRepository extends JpaRepository<TaskDetail, String> {

	@Query("""
			select d from TaskDetail d where d.userId = :userId and d.taskNo = :taskNo
			and (:statusCode is null or d.statusCode = :statusCode)
			and (:instanceId is null or d.instanceId = :instanceId)
			and (:domainName is null or d.domainName = :domainName)
			""")
	Page<TaskDetail> search(String userId, String taskNo, Integer statusCode, String instanceId, String domainName,
			Pageable pageable);

	@Query("""
			select count(d) from TaskDetail d where d.userId = :userId and d.taskNo = :taskNo
			and (:statusCode is null or d.statusCode = :statusCode)
			and (:instanceId is null or d.instanceId = :instanceId)
			and (:domainName is null or d.domainName = :domainName)
			""")
	long countMatching(String userId, String taskNo, Integer statusCode, String instanceId, String domainName);

}

interface DomainTaskGuardRepository extends JpaRepository<DomainTaskGuard, String> {

	/**
	 * Inserts the guard row; the primary key refuses a second one for the same domain.
	 */
	@Modifying
	@Query(value = "insert into domain_task_guard (guard_key, task_detail_no) values (:key, :taskDetailNo)",
			nativeQuery = true)
	int claim(String key, String taskDetailNo);

	@Modifying
	@Query("delete from DomainTaskGuard g where g.key = :key")
	int release(String key);

}
