package dev.domainemu.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

	Optional<Task> findByUserIdAndTaskNo(String userId, String taskNo);

	/** The TaskNo of every task of the account. */
	@Query("select t.taskNo from Task t where t.userId = :userId")
	List<String> taskNosOf(String userId);

	/** A page of the account's tasks, without counting them. */
	List<Task> findByUserId(String userId, Pageable page);

	@Modifying
	@Query("delete from Task t where t.taskNo in :taskNos")
	int deleteByTaskNos(Collection<String> taskNos);

	/** Tasks created in {@code [from, to)}, either bound optional. */
	@Query(value = """
			select t from Task t where t.userId = :userId
			and (:from is null or t.createTime >= :from) and (:to is null or t.createTime < :to)
			""", countQuery = """
			select count(t) from Task t where t.userId = :userId
			and (:from is null or t.createTime >= :from) and (:to is null or t.createTime < :to)
			""")
	Page<Task> search(String userId, Instant from, Instant to, Pageable pageable);

	/** Tasks at or after a position in newest-first order, newest first. */
	@Query("""
			select t from Task t where t.userId = :userId
			and (:from is null or t.createTime >= :from) and (:to is null or t.createTime < :to)
			and (t.createTime < :time or (t.createTime = :time and t.id <= :id))
			order by t.createTime desc, t.id desc
			""")
	List<Task> olderFrom(String userId, Instant from, Instant to, Instant time, long id, Pageable limit);

	/** Tasks before a position in newest-first order, nearest first. */
	@Query("""
			select t from Task t where t.userId = :userId
			and (:from is null or t.createTime >= :from) and (:to is null or t.createTime < :to)
			and (t.createTime > :time or (t.createTime = :time and t.id > :id))
			order by t.createTime asc, t.id asc
			""")
	List<Task> newerThan(String userId, Instant from, Instant to, Instant time, long id, Pageable limit);

}
