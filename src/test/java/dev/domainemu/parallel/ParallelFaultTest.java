package dev.domainemu.parallel;

import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * Fault rules of a namespace fire on its calls only and exactly as often as they say,
 * however many other tests call the same domain names at the same time.
 */
class ParallelFaultTest {

	@Test
	void aRuleFiresExactlyItsTimesOnItsOwnAccountsCalls() throws ClientException {
		Namespace namespace = Namespace.fresh();
		for (String domainName : List.of("faulty.com", "healthy.com")) {
			namespace.seedDomain(domainName, null);
		}
		long ruleId = addRule(namespace,
				Map.of("match",
						Map.of("action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "domainName",
								"faulty.com"),
						"error", Map.of("code", "ServiceUnavailable", "httpStatus", 503), "times", 3));
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest bystander = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		bystander.setDomainName("healthy.com");
		assertThat(sdk.call(bystander).getTaskNo()).isNotBlank();
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest target = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		target.setDomainName("faulty.com");
		for (int i = 0; i < 3; i++) {
			assertThat(catchThrowableOfType(ServerException.class, () -> sdk.call(target)).getErrCode())
				.isEqualTo("ServiceUnavailable");
		}
		assertThat(sdk.call(target).getTaskNo()).isNotBlank();
		namespace.admin().get("/_emulator/faults/" + ruleId).then().statusCode(200).body("fired", equalTo(3));
		namespace.admin()
			.queryParam("ruleId", ruleId)
			.get("/_emulator/faults/firings")
			.then()
			.body("size()", equalTo(3));
		namespace.admin().delete("/_emulator/faults/" + ruleId).then().statusCode(204);
	}

	@Test
	void aLatencyRuleSlowsOnlyItsOwnAccountsCalls() throws ClientException {
		Namespace namespace = Namespace.fresh();
		namespace.seedDomain("slow.com", null);
		long ruleId = addRule(namespace,
				Map.of("match", Map.of("domainName", "slow.com"), "latencyMs", 300, "times", 1));
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("slow.com");
		long started = System.nanoTime();
		assertThat(namespace.sdk(FormatType.XML).call(submit).getTaskNo()).isNotBlank();
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
		namespace.admin()
			.get("/_emulator/faults/" + ruleId)
			.then()
			.body("fired", equalTo(1))
			.body("timesLeft", equalTo(0));
		// another account's rule list does not show it
		Namespace other = Namespace.fresh();
		other.admin().get("/_emulator/faults/" + ruleId).then().statusCode(404);
	}

	private static long addRule(Namespace namespace, Map<String, Object> rule) {
		return namespace.admin(rule)
			.post("/_emulator/faults")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath()
			.getLong("id");
	}

}
