package dev.domainemu.sdk;

import java.util.Map;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.CheckTransferInFeasibilityResponseBody;
import com.aliyuncs.domain.model.v20180129.CheckTransferInFeasibilityRequest;
import com.aliyuncs.domain.model.v20180129.CheckTransferInFeasibilityResponse;
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
 * CheckTransferInFeasibility through both official SDKs: every business "no" is a normal
 * reply the SDK parses, not an exception.
 */
class TransferInFeasibilitySdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void legacySdkReadsEveryAnswer(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedRegistrar(Map.of("domainName", "locked.com", "transferProhibited", true));
		seedRegistrar(Map.of("domainName", "coded.com", "authorizationCode", "Right#Code1"));
		seedDomain("mine.com", null, false);
		seedTransferIn(Map.of("domainName", "moving.com", "status", 20, "progressBarType", 2));

		CheckTransferInFeasibilityResponse ok = sdk.call(request("free.com", null, null));
		assertThat(ok.getCanTransfer()).isTrue();
		assertThat(ok.getCode()).isNull();
		assertThat(ok.getMessage()).isNull();
		assertThat(ok.getProductId()).isEqualTo("2a");
		assertThat(sdk.call(request("coded.com", "Right#Code1", null)).getCanTransfer()).isTrue();

		CheckTransferInFeasibilityResponse locked = sdk.call(request("locked.com", null, "zh"));
		assertThat(locked.getCanTransfer()).isFalse();
		assertThat(locked.getCode()).isEqualTo("CheckTransferResult.DomainTransferProhibited");
		assertThat(locked.getMessage()).startsWith("该域名处于禁止转移状态");
		assertThat(sdk.call(request("coded.com", "Wrong#Code1", null)).getCode())
			.isEqualTo("CheckTransferResult.AuthorizationCodeIncorrect");
		assertThat(sdk.call(request("mine.com", null, null)).getCode())
			.isEqualTo("CheckTransferResult.DomainAlreadyInAccount");
		assertThat(sdk.call(request("moving.com", null, null)).getCode())
			.isEqualTo("CheckTransferResult.DomainTransferInProgress");
		CheckTransferInFeasibilityResponse unknownSuffix = sdk.call(request("example.invalid", null, null));
		assertThat(unknownSuffix.getCanTransfer()).isFalse();
		assertThat(unknownSuffix.getCode()).isEqualTo("CheckTransferResult.DomainSuffixNotSupported");
		assertThat(unknownSuffix.getProductId()).isNull();

		ClientException missing = catchThrowableOfType(ClientException.class,
				() -> sdk.call(new CheckTransferInFeasibilityRequest()));
		assertThat(missing.getErrCode()).isEqualTo("MissingDomainName");
	}

	@Test
	void asyncSdkReadsAnswersAndErrors() throws Exception {
		seedRegistrar(Map.of("domainName", "locked.com", "transferProhibited", true));
		try (AsyncClient client = AsyncSdk.client(endpoint())) {
			CheckTransferInFeasibilityResponseBody ok = client
				.checkTransferInFeasibility(
						com.aliyun.sdk.service.domain20180129.models.CheckTransferInFeasibilityRequest.builder()
							.domainName("free.com")
							.build())
				.get()
				.getBody();
			assertThat(ok.getCanTransfer()).isTrue();
			assertThat(ok.getProductId()).isEqualTo("2a");
			CheckTransferInFeasibilityResponseBody locked = client
				.checkTransferInFeasibility(
						com.aliyun.sdk.service.domain20180129.models.CheckTransferInFeasibilityRequest.builder()
							.domainName("locked.com")
							.build())
				.get()
				.getBody();
			assertThat(locked.getCanTransfer()).isFalse();
			assertThat(locked.getCode()).isEqualTo("CheckTransferResult.DomainTransferProhibited");
			assertThat(locked.getMessage()).startsWith("This domain name is in transfer prohibited status");
			Throwable invalid = catchThrowableOfType(Exception.class,
					() -> client
						.checkTransferInFeasibility(
								com.aliyun.sdk.service.domain20180129.models.CheckTransferInFeasibilityRequest.builder()
									.domainName("a b.com")
									.build())
						.get())
				.getCause();
			assertThat(invalid).isInstanceOf(PopClientException.class);
			assertThat(((PopClientException) invalid).getErrCode()).isEqualTo("InvalidDomainName");
		}
	}

	private static CheckTransferInFeasibilityRequest request(String domainName, String code, String lang) {
		CheckTransferInFeasibilityRequest request = new CheckTransferInFeasibilityRequest();
		request.setDomainName(domainName);
		if (code != null) {
			request.setTransferAuthorizationCode(code);
		}
		if (lang != null) {
			request.setLang(lang);
		}
		return request;
	}

}
