package dev.domainemu.transferout;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TransferOutRepository extends JpaRepository<TransferOut, Long> {

	/** The id of every transfer-out of the account. */
	@Query("select t.id from TransferOut t where t.userId = :userId")
	List<Long> idsOf(String userId);

	Optional<TransferOut> findByUserIdAndOpenDomain(String userId, String openDomain);

	Optional<TransferOut> findFirstByUserIdAndDomainNameOrderByIdDesc(String userId, String domainName);

}
