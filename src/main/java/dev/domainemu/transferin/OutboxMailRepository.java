package dev.domainemu.transferin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	Slice<OutboxMail> findByUserId(String userId, Pageable page);

	Slice<OutboxMail> findByUserIdAndDomainName(String userId, String domainName, Pageable page);

	Optional<OutboxMail> findFirstByToken(String token);

	Optional<OutboxMail> findFirstByInstanceIdOrderByIdDesc(String instanceId);

	@Query("select m.id from OutboxMail m where m.instanceId = :instanceId order by m.id desc")
	List<Long> findIdsNewestFirst(String instanceId);

	@Modifying
	@Query("delete from OutboxMail m where m.instanceId in :instanceIds")
	int deleteByInstanceIds(Collection<String> instanceIds);

}
