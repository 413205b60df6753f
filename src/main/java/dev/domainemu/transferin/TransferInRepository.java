package dev.domainemu.transferin;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferInRepository extends JpaRepository<TransferIn, String> {

	boolean existsByUserIdAndDomainNameAndStatusCodeIn(String userId, String domainName,
			Collection<Integer> statusCodes);

}
