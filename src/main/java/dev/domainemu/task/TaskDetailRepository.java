package dev.domainemu.task;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskDetailRepository extends JpaRepository<TaskDetail, Long> {

	Optional<TaskDetail> findByTaskDetailNo(String taskDetailNo);

	List<TaskDetail> findByTaskDetailNoIn(Collection<String> taskDetailNos);

	/** The TaskDetailNo and domain of each detail of the account's tasks. */
	@Query("select d.taskDetailNo, d.domainName from TaskDetail d where d.userId = :userId and d.taskNo in :taskNos")
	List<Object[]> domainsOf(String userId, Collection<String> taskNos);

	@Modifying
	@Query("delete from TaskDetail d where d.userId = :userId and d.taskNo in :taskNos")
	int deleteByTaskNos(String userId, Collection<String> taskNos);

	List<TaskDetail> findByUserIdAndTaskNoOrderByIdAsc(String userId, String taskNo);

	@Query(value = """
			select d from TaskDetail d where d.userId = :userId and d.taskNo = :taskNo
			and (:statusCode is null or d.statusCode = :statusCode)
			and (:instanceId is null or d.instanceId = :instanceId)
			and (:domainName is null or d.domainName = :domainName)
			""", countQuery = """
			select count(d) from TaskDetail d where d.userId = :userId and d.taskNo = :taskNo
			and (:statusCode is null or d.statusCode = :statusCode)
			and (:instanceId is null or d.instanceId = :instanceId)
			and (:domainName is null or d.domainName = :domainName)
			""")
	Page<TaskDetail> search(String userId, String taskNo, Integer statusCode, String instanceId, String domainName,
			Pageable pageable);

	/** The lowest and highest detail status code of each task. */
	@Query("""
			select d.taskNo, min(d.statusCode), max(d.statusCode) from TaskDetail d
			where d.userId = :userId and d.taskNo in :taskNos group by d.taskNo
			""")
	List<Object[]> statusRanges(String userId, Collection<String> taskNos);

	/** A task's details from a position on, in submission order. */
	@Query("""
			select d from TaskDetail d where d.userId = :userId and d.taskNo = :taskNo
			and (:statusCode is null or d.statusCode = :statusCode)
			and (:domainName is null or d.domainName = :domainName)
			and d.id >= :id order by d.id asc
			""")
	List<TaskDetail> from(String userId, String taskNo, Integer statusCode, String domainName, long id, Pageable limit);

	/** A task's details before a position, nearest first. */
	@Query("""
			select d from TaskDetail d where d.userId = :userId and d.taskNo = :taskNo
			and (:statusCode is null or d.statusCode = :statusCode)
			and (:domainName is null or d.domainName = :domainName)
			and d.id < :id order by d.id desc
			""")
	List<TaskDetail> before(String userId, String taskNo, Integer statusCode, String domainName, long id,
			Pageable limit);

	Optional<TaskDetail> findFirstByUserIdAndTaskNoAndDomainName(String userId, String taskNo, String domainName);

	/** Finished details not yet acknowledged. */
	@Query(value = """
			select d from TaskDetail d where d.userId = :userId and d.acknowledged = false
			and d.statusCode in :statusCodes
			and (:taskNo is null or d.taskNo = :taskNo)
			and (:instanceId is null or d.instanceId = :instanceId)
			and (:domainName is null or d.domainName = :domainName)
			""", countQuery = """
			select count(d) from TaskDetail d where d.userId = :userId and d.acknowledged = false
			and d.statusCode in :statusCodes
			and (:taskNo is null or d.taskNo = :taskNo)
			and (:instanceId is null or d.instanceId = :instanceId)
			and (:domainName is null or d.domainName = :domainName)
			""")
	Page<TaskDetail> results(String userId, Collection<Integer> statusCodes, String taskNo, String instanceId,
			String domainName, Pageable pageable);

	/**
	 * A page of the account's finished details not yet acknowledged, without counting
	 * them.
	 */
	@Query("select d from TaskDetail d where d.userId = :userId and d.acknowledged = false"
			+ " and d.statusCode in :statusCodes")
	List<TaskDetail> unacknowledged(String userId, Collection<Integer> statusCodes, Pageable page);

	/** How many of the tasks' details have finished and are not acknowledged. */
	@Query("select count(d) from TaskDetail d where d.userId = :userId and d.taskNo in :taskNos"
			+ " and d.statusCode >= 2 and d.acknowledged = false")
	long countUnacknowledged(String userId, Collection<String> taskNos);

	@Modifying
	@Query("""
			update TaskDetail d set d.acknowledged = true where d.userId = :userId and d.taskDetailNo in :taskDetailNos
			and d.statusCode >= 2 and d.acknowledged = false
			""")
	int acknowledge(String userId, Collection<String> taskDetailNos);

}
