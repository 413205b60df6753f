package dev.domainemu.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HeldDomainRepository extends JpaRepository<HeldDomain, Long> {

	Optional<HeldDomain> findByUserIdAndDomainName(String userId, String domainName);

	List<HeldDomain> findByUserIdOrderByDomainNameAsc(String userId);

	boolean existsByUserIdAndDomainName(String userId, String domainName);

}
