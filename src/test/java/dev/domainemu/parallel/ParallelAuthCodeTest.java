package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.domainemu.parallel.SharedEmulator.admin;
import static dev.domainemu.parallel.SharedEmulator.advanceSeconds;
import static dev.domainemu.parallel.SharedEmulator.domain;
import static dev.domainemu.parallel.SharedEmulator.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auth-code tasks for this class's own domains, read back through the legacy SDK in JSON
 * and XML while the other classes work on theirs.
 */
class ParallelAuthCodeTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void anAuthCodeTaskReturnsTheDomainsCode(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		for (int i = 0; i < 5; i++) {
			String domainName = domain("authcode-" + format + "-" + i);
			String code = "Ab" + i + "#" + format;
			admin(Map.of("domainName", domainName, "transferAuthorizationCode", code)).post("/_emulator/domains")
				.then()
				.statusCode(201);
			SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
			submit.setDomainName(domainName);
			String taskNo = sdk.call(submit).getTaskNo();
			advanceSeconds(5);
			QueryTaskDetailListResponse reply = sdk.call(LegacySdk.taskDetails(taskNo));
			assertThat(reply.getData()).singleElement().satisfies((detail) -> {
				assertThat(detail.getDomainName()).isEqualTo(domainName);
				assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
				assertThat(detail.getTaskResult()).isEqualTo(code);
			});
		}
	}

}
