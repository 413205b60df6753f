package dev.domainemu.fault;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FaultRuleRepository extends JpaRepository<FaultRule, Long> {

	List<FaultRule> findByUserIdOrderByIdAsc(String userId);

	/** The id of every rule of the account. */
	@Query("select r.id from FaultRule r where r.userId = :userId")
	List<Long> idsOf(String userId);

	Slice<FaultRule> findByUserId(String userId, Pageable page);

	boolean existsByIdNotNull();

	/**
	 * The rule, locked so that parallel calls count its matches and firings one by one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from FaultRule r where r.id = :id")
	Optional<FaultRule> lockById(Long id);

}
