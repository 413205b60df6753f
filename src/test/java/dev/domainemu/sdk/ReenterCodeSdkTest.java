package dev.domainemu.sdk;

import java.util.Map;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyuncs.domain.model.v20180129.CheckTransferInFeasibilityRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.TransferInReenterTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.AsyncSdk;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Re-entering a wrong authorization code (Status 31) through both official SDKs, then the
 * registry's answer on the clock: success adds the domain to the account, a locked domain
 * fails with transferProhibited.
 */
class ReenterCodeSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aWrongCodeStaysThenTheRightOneGoesToTheRegistryAndSucceeds(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedRegistrar(Map.of("domainName", "example.com", "authorizationCode", "Right#Code1"));
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 31, "progressBarType", 1));
		advanceSeconds(60);
		sdk.call(reenter("example.com", "Wrong#Code1"));
		QueryTransferInByInstanceIdResponse wrong = sdk.transferIn(instanceId);
		assertThat(wrong.getStatus()).isEqualTo(31);
		assertThat(wrong.getSimpleTransferInStatus()).isEqualTo("PASSWORD_VERIFICATION");
		assertThat(wrong.getModificationDate()).isEqualTo("2026-01-15 12:01:00");

		sdk.call(reenter("example.com", "Right#Code1"));
		QueryTransferInByInstanceIdResponse submitted = sdk.transferIn(instanceId);
		assertThat(submitted.getStatus()).isEqualTo(39);
		assertThat(submitted.getSimpleTransferInStatus()).isEqualTo("PENDING");
		assertThat(submitted.getTransferAuthorizationCodeSubmissionDate()).isEqualTo("2026-01-15 12:01:00");

		advanceSeconds(19);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(39);
		advanceSeconds(1);
		QueryTransferInByInstanceIdResponse done = sdk.transferIn(instanceId);
		assertThat(done.getStatus()).isEqualTo(59);
		assertThat(done.getSimpleTransferInStatus()).isEqualTo("SUCCESS");
		assertThat(done.getResultDate()).isEqualTo("2026-01-15 12:01:20");
		assertThat(done.getResultCode()).isNull();
		CheckTransferInFeasibilityRequest check = new CheckTransferInFeasibilityRequest();
		check.setDomainName("example.com");
		assertThat(sdk.call(check).getCode()).isEqualTo("CheckTransferResult.DomainAlreadyInAccount");

		ClientException ended = catchThrowableOfType(ClientException.class,
				() -> sdk.call(reenter("example.com", "Right#Code1")));
		assertThat(ended.getErrCode()).isEqualTo("DomainTransferPendingNotExist");
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aLockedDomainIsRefusedByTheRegistry(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedRegistrar(Map.of("domainName", "locked.com", "transferProhibited", true));
		String instanceId = seedTransferIn(Map.of("domainName", "locked.com", "status", 39));
		advanceSeconds(20);
		QueryTransferInByInstanceIdRequest request = new QueryTransferInByInstanceIdRequest();
		request.setInstanceId(instanceId);
		request.setLang("zh");
		QueryTransferInByInstanceIdResponse refused = sdk.call(request);
		assertThat(refused.getStatus()).isEqualTo(51);
		assertThat(refused.getSimpleTransferInStatus()).isEqualTo("FAIL");
		assertThat(refused.getResultCode()).isEqualTo("transferProhibited");
		assertThat(refused.getResultMsg()).isEqualTo("域名为禁止转移状态");
		assertThat(refused.getResultDate()).isEqualTo("2026-01-15 12:00:20");
	}

	@Test
	void asyncSdkReenters() throws Exception {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 31, "progressBarType", 3));
		try (AsyncClient client = AsyncSdk.client(endpoint())) {
			client
				.transferInReenterTransferAuthorizationCode(
						com.aliyun.sdk.service.domain20180129.models.TransferInReenterTransferAuthorizationCodeRequest
							.builder()
							.domainName("example.com")
							.transferAuthorizationCode("any-code")
							.build())
				.get();
			assertThat(AsyncSdk.transferIn(client, instanceId).getStatus()).isEqualTo(39);
			Throwable none = catchThrowableOfType(Exception.class, () -> client
				.transferInReenterTransferAuthorizationCode(
						com.aliyun.sdk.service.domain20180129.models.TransferInReenterTransferAuthorizationCodeRequest
							.builder()
							.domainName("elsewhere.com")
							.transferAuthorizationCode("any-code")
							.build())
				.get()).getCause();
			assertThat(none).isInstanceOf(PopClientException.class);
			assertThat(((PopClientException) none).getErrCode()).isEqualTo("DomainTransferPendingNotExist");
		}
	}

	private static TransferInReenterTransferAuthorizationCodeRequest reenter(String domainName, String code) {
		TransferInReenterTransferAuthorizationCodeRequest request = new TransferInReenterTransferAuthorizationCodeRequest();
		request.setDomainName(domainName);
		request.setTransferAuthorizationCode(code);
		return request;
	}

}
