package dev.domainemu.registrar;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrarDomainRepository extends JpaRepository<RegistrarDomain, String> {

}
