package dev.domainemu.transferin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TimelineEntryRepository extends JpaRepository<TimelineEntry, Long> {

	Optional<TimelineEntry> findFirstByInstanceIdOrderByAtAscIdAsc(String instanceId);

	List<TimelineEntry> findByInstanceIdOrderByAtAscIdAsc(String instanceId);

	@Modifying
	@Query("delete from TimelineEntry e where e.instanceId in :instanceIds")
	int deleteByInstanceIds(Collection<String> instanceIds);

}
