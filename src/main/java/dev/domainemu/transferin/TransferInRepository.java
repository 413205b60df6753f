package dev.domainemu.transferin;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferInRepository extends JpaRepository<TransferIn, String> {

}
