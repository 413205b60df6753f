package dev.domainemu.transferin;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TransferInRepository extends JpaRepository<TransferIn, String>, JpaSpecificationExecutor<TransferIn> {

	boolean existsByUserIdAndDomainNameAndStatusCodeIn(String userId, String domainName,
			Collection<Integer> statusCodes);

}
