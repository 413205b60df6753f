package dev.domainemu.parallel;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auth-code tasks on domains every other test names too, read back through the legacy SDK
 * in JSON and XML: each sees its own code.
 */
class ParallelAuthCodeTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void anAuthCodeTaskReturnsTheDomainsCode(FormatType format) throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = namespace.sdk(format);
		for (int i = 0; i < 5; i++) {
			String domainName = "example-" + i + ".com";
			String code = "Ab" + i + "#" + namespace.accessKeyId().substring(4, 10);
			namespace.seedDomain(domainName, code);
			SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
			submit.setDomainName(domainName);
			String taskNo = sdk.call(submit).getTaskNo();
			String updated = "2026-01-15 12:00:" + String.format("%02d", 3 + 5 * i);
			namespace.advanceSeconds(5);
			assertThat(namespace.detail(sdk, taskNo)).satisfies((detail) -> {
				assertThat(detail.getDomainName()).isEqualTo(domainName);
				assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
				assertThat(detail.getTaskResult()).isEqualTo(code);
				assertThat(detail.getUpdateTime()).isEqualTo(updated);
			});
		}
	}

}
