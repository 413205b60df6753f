package dev.domainemu.transferin;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferInOrderRepository extends JpaRepository<TransferInOrder, String> {

}
