package dev.domainemu.scenario;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScenarioItemRepository extends JpaRepository<ScenarioItem, Long> {

	@Query("select new dev.domainemu.scenario.ScenarioItem$Made(i.kind, i.key, i.domainName) from ScenarioItem i"
			+ " where i.userId = :userId and i.scenarioName = :scenarioName order by i.id")
	List<ScenarioItem.Made> made(String userId, String scenarioName);

	@Modifying
	@Query("delete from ScenarioItem i where i.userId = :userId and i.scenarioName = :scenarioName")
	int deleteByScenario(String userId, String scenarioName);

	@Modifying
	@Query("delete from ScenarioItem i where i.userId = :userId")
	int deleteByUserId(String userId);

}
