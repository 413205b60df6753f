package dev.domainemu.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HeldDomainRepository extends JpaRepository<HeldDomain, Long> {

	Optional<HeldDomain> findByUserIdAndDomainName(String userId, String domainName);

	boolean existsByUserIdAndDomainName(String userId, String domainName);

}
