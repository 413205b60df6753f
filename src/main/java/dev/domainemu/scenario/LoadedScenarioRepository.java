package dev.domainemu.scenario;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoadedScenarioRepository extends JpaRepository<LoadedScenario, LoadedScenario.Key> {

	Slice<LoadedScenario> findByUserId(String userId, Pageable pageable);

	@Modifying
	@Query("delete from LoadedScenario s where s.userId = :userId")
	int deleteByUserId(String userId);

}
