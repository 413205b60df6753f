package dev.domainemu.transferout;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferOutRepository extends JpaRepository<TransferOut, Long> {

	Optional<TransferOut> findByUserIdAndOpenDomain(String userId, String openDomain);

	Optional<TransferOut> findFirstByUserIdAndDomainNameOrderByIdDesc(String userId, String domainName);

}
