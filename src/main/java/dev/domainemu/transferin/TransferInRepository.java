package dev.domainemu.transferin;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TransferInRepository extends JpaRepository<TransferIn, String>, JpaSpecificationExecutor<TransferIn> {

	Optional<TransferIn> findFirstByUserIdAndDomainNameAndStatusCodeOrderBySubmissionDateDesc(String userId,
			String domainName, int statusCode);

	Optional<TransferIn> findFirstByUserIdAndDomainNameAndStatusCodeInOrderBySubmissionDateDesc(String userId,
			String domainName, Collection<Integer> statusCodes);

	boolean existsByUserIdAndDomainNameAndStatusCodeIn(String userId, String domainName,
			Collection<Integer> statusCodes);

}
