package dev.domainemu.scenario;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoadedScenarioRepository extends JpaRepository<LoadedScenario, String> {

}
