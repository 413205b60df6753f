package dev.domainemu.progression;

import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RunsBeside;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step that throws ends its subject in a documented failure, is counted, and never
 * leaves a domain unusable. Runs on a database of its own: it breaks rows on purpose.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:step-failures;DB_CLOSE_DELAY=-1")
@DirtiesContext
@RunsBeside
class StepFailureTest extends EmulatorTest {

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void dropProbe() {
		this.jdbc.execute("alter table transfer_in drop constraint if exists ck_probe");
	}

	@Test
	void aTaskStepThatThrowsFailsItsDetailAndFreesTheDomain() {
		String taskNo = post(order("wedge.com")).ok().path("TaskNo").asString();
		// the order row the execution needs is gone: its executor throws
		this.jdbc.update("delete from transfer_in_order");
		advanceSeconds(5);

		JsonNode detail = detail(taskNo);
		assertThat(detail.path("TaskStatus").asString()).isEqualTo("EXECUTE_FAILURE");
		assertThat(detail.path("FailReason").asString()).isEqualTo("InternalError");
		assertThat(this.jdbc.queryForObject("select count(*) from domain_task_guard", Integer.class)).isZero();

		String again = post(order("wedge.com")).ok().path("TaskNo").asString();
		advanceSeconds(5);
		assertThat(detail(again).path("TaskStatus").asString()).isEqualTo("EXECUTE_SUCCESS");
		assertThat(failed("task-execution")).isEqualTo(1);
	}

	@Test
	void aTransferInStepThatThrowsIsRetriedOnceThenLeftWhereItWasWaitingToBeRunAgain() {
		String instanceId = seedTransferIn(Map.of("domainName", "stuck.com", "status", 39));
		// the registry's answer cannot be stored
		this.jdbc.execute("alter table transfer_in add constraint ck_probe check (status_code <> 59)");
		advanceSeconds(30);

		JsonNode transfer = post(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId)).ok();
		assertThat(transfer.path("Status").asInt()).isEqualTo(39);
		assertThat(failed("registry")).isEqualTo(1);
		List<Map<String, Object>> failures = journalEntries(Map.of("kind", "failure"));
		assertThat(failures).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("step", "registry").containsEntry("id", instanceId);
			assertThat(entry).containsEntry("attempts", 2);
			assertThat((String) entry.get("error")).isNotBlank();
		});

		// the step waits to be run again: once what failed is mended, it moves on
		assertThat(pending("registry")).isEqualTo(1);
		this.jdbc.execute("alter table transfer_in drop constraint ck_probe");
		admin().queryParam("target", instanceId)
			.post("/_emulator/progression/registry/run")
			.then()
			.statusCode(200)
			.body("ran", org.hamcrest.Matchers.equalTo(1));
		assertThat(post(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId)).ok()
			.path("Status")
			.asInt()).isEqualTo(59);
	}

	private static Map<String, String> order(String domainName) {
		return Map.of("Action", "SaveSingleTaskForCreatingOrderTransfer", "DomainName", domainName, "AuthorizationCode",
				"Ab1#xyz89Kq7", "RegistrantProfileId", "1");
	}

	private JsonNode detail(String taskNo) {
		return post(Map.of("Action", "QueryTaskDetailList", "TaskNo", taskNo, "PageNum", 1, "PageSize", 10)).ok()
			.path("Data")
			.path("TaskDetail")
			.get(0);
	}

	private int pending(String kind) {
		return admin().get("/_emulator/progression").then().statusCode(200).extract().path("'" + kind + "'.pending");
	}

	private int failed(String kind) {
		return admin().get("/_emulator/progression").then().statusCode(200).extract().path("'" + kind + "'.failed");
	}

}
