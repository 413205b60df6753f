package dev.domainemu.transferin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	List<OutboxMail> findByUserIdOrderByIdAsc(String userId);

	List<OutboxMail> findByUserIdAndDomainNameOrderByIdAsc(String userId, String domainName);

	Optional<OutboxMail> findFirstByToken(String token);

	Optional<OutboxMail> findFirstByInstanceIdOrderByIdDesc(String instanceId);

}
