package dev.domainemu.registrar;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrarDomainRepository extends JpaRepository<RegistrarDomain, RegistrarDomain.Key> {

	Slice<RegistrarDomain> findByUserId(String userId, Pageable pageable);

	List<RegistrarDomain> findByUserIdAndDomainNameIn(String userId, Collection<String> domainNames);

	@Modifying
	@Query("delete from RegistrarDomain d where d.userId = :userId and d.domainName in :domainNames")
	int deleteByUserIdAndDomainNames(String userId, Collection<String> domainNames);

	@Modifying
	@Query("delete from RegistrarDomain d where d.userId = :userId")
	int deleteByUserId(String userId);

}
