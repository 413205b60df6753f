package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A namespace's step policies are its own: a manual step waits in it until run, while the
 * same step runs on time in every other namespace.
 */
class ParallelPolicyTest {

	@Test
	void aManualStepWaitsUntilRunInItsNamespaceAlone() throws ClientException {
		Namespace manual = Namespace.fresh();
		Namespace timed = Namespace.fresh();
		manual.admin(Map.of("task-start", Map.of("policy", "manual")))
			.put("/_emulator/progression")
			.then()
			.statusCode(200);
		timed.admin().get("/_emulator/progression").then().body("'task-start'.policy", equalTo("timed"));
		String manualTask = submit(manual);
		String timedTask = submit(timed);
		manual.advanceSeconds(60);
		timed.advanceSeconds(60);
		assertThat(manual.detail(manual.sdk(FormatType.JSON), manualTask).getTaskStatus()).isEqualTo("WAITING_EXECUTE");
		assertThat(timed.detail(timed.sdk(FormatType.JSON), timedTask).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		manual.admin().post("/_emulator/progression/task-start/run").then().statusCode(200).body("ran", equalTo(1));
		manual.advanceSeconds(5);
		assertThat(manual.detail(manual.sdk(FormatType.JSON), manualTask).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		manual.reset();
		manual.admin().get("/_emulator/progression").then().body("'task-start'.policy", equalTo("timed"));
	}

	private static String submit(Namespace namespace) throws ClientException {
		namespace.seedDomain("example.com", null);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		return sdk.call(submit).getTaskNo();
	}

}
