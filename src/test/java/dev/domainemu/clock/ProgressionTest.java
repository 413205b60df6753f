package dev.domainemu.clock;

import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;

/**
 * Time-driven task steps run when the clock passes them, in order, at their own time.
 */
class ProgressionTest extends EmulatorTest {

	@Test
	void aFrozenClockHoldsTheTaskAndAdvancingRunsEachStepAtItsTime() {
		seedDomain("example.com", "Ab1#xyz89Kq7", false);
		String taskNo = submit();
		advanceSeconds(0.999);
		expect(taskNo, "WAITING_EXECUTE", "2026-01-15 12:00:00");
		advanceSeconds(0.001);
		expect(taskNo, "EXECUTING", "2026-01-15 12:00:01");
		advanceSeconds(3600);
		expect(taskNo, "EXECUTE_SUCCESS", "2026-01-15 12:00:03");
		// once finished, a new request for the same domain is accepted
		submit();
	}

	@Test
	void settingTheClockForwardRunsDueStepsToo() {
		seedDomain("example.com", null, true);
		String taskNo = submit();
		admin(Map.of("now", "2026-01-15T05:00:00Z")).put("/_emulator/clock").then().statusCode(200);
		expect(taskNo, "EXECUTE_FAILURE", "2026-01-15 12:00:03");
	}

	private String submit() {
		return rpc()
			.queryParams(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName",
					"example.com", "Format", "JSON"))
			.post("/")
			.then()
			.statusCode(200)
			.extract()
			.path("TaskNo");
	}

	private void expect(String taskNo, String status, String updateTime) {
		rpc()
			.queryParams(Map.of("Action", "QueryTaskDetailList", "TaskNo", taskNo, "PageNum", "1", "PageSize", "1",
					"Format", "JSON"))
			.post("/")
			.then()
			.statusCode(200)
			.body("Data.TaskDetail[0].TaskStatus", equalTo(status))
			.body("Data.TaskDetail[0].UpdateTime", equalTo(updateTime));
	}

}
