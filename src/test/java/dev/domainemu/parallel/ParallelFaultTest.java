package dev.domainemu.parallel;

import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static dev.domainemu.parallel.SharedEmulator.admin;
import static dev.domainemu.parallel.SharedEmulator.domain;
import static dev.domainemu.parallel.SharedEmulator.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * Fault rules of this class, matched by its own domains, fire on its calls only and
 * exactly as often as they say, however many other classes call at the same time.
 */
class ParallelFaultTest {

	@Test
	void aRuleForThisClassesDomainFiresExactlyItsTimes() throws ClientException {
		String faulty = domain("fault-target");
		String healthy = domain("fault-bystander");
		for (String domainName : List.of(faulty, healthy)) {
			admin(Map.of("domainName", domainName)).post("/_emulator/domains").then().statusCode(201);
		}
		long ruleId = addRule(Map.of("match",
				Map.of("action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "domainName", faulty), "error",
				Map.of("code", "ServiceUnavailable", "httpStatus", 503), "times", 3));
		LegacySdk sdk = new LegacySdk(endpoint(), FormatType.JSON);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest bystander = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		bystander.setDomainName(healthy);
		assertThat(sdk.call(bystander).getTaskNo()).isNotBlank();
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest target = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		target.setDomainName(faulty);
		for (int i = 0; i < 3; i++) {
			assertThat(catchThrowableOfType(ServerException.class, () -> sdk.call(target)).getErrCode())
				.isEqualTo("ServiceUnavailable");
		}
		assertThat(sdk.call(target).getTaskNo()).isNotBlank();
		admin().get("/_emulator/faults/" + ruleId).then().statusCode(200).body("fired", equalTo(3));
		admin().get("/_emulator/faults/firings?ruleId=" + ruleId).then().body("size()", equalTo(3));
		admin().delete("/_emulator/faults/" + ruleId).then().statusCode(204);
	}

	@Test
	void aLatencyRuleSlowsOnlyThisClassesCalls() throws ClientException {
		String slow = domain("fault-slow");
		admin(Map.of("domainName", slow)).post("/_emulator/domains").then().statusCode(201);
		long ruleId = addRule(Map.of("match", Map.of("domainName", slow), "latencyMs", 300, "times", 1));
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName(slow);
		long started = System.nanoTime();
		assertThat(new LegacySdk(endpoint(), FormatType.XML).call(submit).getTaskNo()).isNotBlank();
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
		admin().get("/_emulator/faults/" + ruleId).then().body("fired", equalTo(1)).body("timesLeft", equalTo(0));
		admin().delete("/_emulator/faults/" + ruleId).then().statusCode(204);
	}

	private static long addRule(Map<String, Object> rule) {
		return admin(rule).post("/_emulator/faults").then().statusCode(201).extract().jsonPath().getLong("id");
	}

}
