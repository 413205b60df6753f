package dev.domainemu.fault;

import java.util.Collection;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FaultFiringRepository extends JpaRepository<FaultFiring, Long> {

	Slice<FaultFiring> findByUserId(String userId, Pageable page);

	Slice<FaultFiring> findByUserIdAndRuleId(String userId, long ruleId, Pageable page);

	@Modifying
	@Query("delete from FaultFiring f where f.ruleId in :ruleIds")
	int deleteByRuleIds(Collection<Long> ruleIds);

	/** Forgets the firings recorded before and with the one of this id. */
	@Modifying
	@Query("delete from FaultFiring f where f.id <= :id")
	int deleteUpTo(long id);

}
