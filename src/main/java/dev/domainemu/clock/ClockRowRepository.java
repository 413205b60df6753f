package dev.domainemu.clock;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClockRowRepository extends JpaRepository<ClockRow, Integer> {

}
