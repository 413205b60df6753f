package dev.domainemu.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HeldDomainRepository extends JpaRepository<HeldDomain, Long> {

	Optional<HeldDomain> findByUserIdAndDomainName(String userId, String domainName);

	Slice<HeldDomain> findByUserId(String userId, Pageable page);

	boolean existsByUserIdAndDomainName(String userId, String domainName);

	/** The name of every domain the account holds. */
	@Query("select d.domainName from HeldDomain d where d.userId = :userId")
	List<String> namesOf(String userId);

	@Modifying
	@Query("delete from HeldDomain d where d.userId = :userId and d.domainName in :domainNames")
	int deleteHeld(String userId, Collection<String> domainNames);

}
