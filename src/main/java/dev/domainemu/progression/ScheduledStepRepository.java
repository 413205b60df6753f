package dev.domainemu.progression;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScheduledStepRepository extends JpaRepository<ScheduledStep, Long> {

	Optional<ScheduledStep> findFirstByDueAtLessThanEqualOrderByDueAtAscIdAsc(Instant upTo);

	Optional<ScheduledStep> findFirstByDueAtNotNullOrderByDueAtAscIdAsc();

	List<ScheduledStep> findByKindOrderByIdAsc(String kind);

	List<ScheduledStep> findByKindAndTargetOrderByIdAsc(String kind, String target);

	long countByKind(String kind);

	@Modifying
	@Query("delete from ScheduledStep s where s.id = :id")
	int deleteOne(Long id);

	@Modifying
	@Query("delete from ScheduledStep s where s.target in :targets")
	int deleteByTargets(Collection<String> targets);

}
