package dev.domainemu.sdk;

import java.util.List;
import java.util.Map;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.TransferInRefetchWhoisEmailRequest;
import com.aliyuncs.domain.model.v20180129.TransferInResendMailTokenRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.AsyncSdk;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.contains;

/**
 * The verification mail while a transfer-in awaits it (Status 11): resending it and
 * looking the registrant email up in WHOIS again, through both official SDKs, read back
 * from the outbox.
 */
class TransferInMailSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void resendAddsAMailWithANewToken(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 11));
		List<String> tokens = tokens("example.com");
		assertThat(tokens).hasSize(1);
		advanceSeconds(30);
		TransferInResendMailTokenRequest resend = new TransferInResendMailTokenRequest();
		resend.setDomainName("example.com");
		assertThat(sdk.call(resend).getRequestId()).matches("[0-9A-F-]{36}");
		List<String> after = tokens("example.com");
		assertThat(after).hasSize(2).doesNotHaveDuplicates().startsWith(tokens.get(0));
		assertThat(sdk.transferIn(instanceId).getModificationDate()).isEqualTo("2026-01-15 12:00:30");

		resend.setDomainName("elsewhere.com");
		ClientException error = catchThrowableOfType(ClientException.class, () -> sdk.call(resend));
		assertThat(error.getErrCode()).isEqualTo("DomainTransferPendingNotExist");
		assertThat(error.getErrMsg()).isEqualTo("The domain name is not currently being transferred in.");
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void refetchFindsTheRegistrantEmailOnceWhoisShowsIt(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedRegistrar(Map.of("domainName", "hidden.com", "whoisEmail", ""));
		String instanceId = seedTransferIn(Map.of("domainName", "hidden.com", "status", 11, "whoisMailStatus", false));
		TransferInRefetchWhoisEmailRequest refetch = new TransferInRefetchWhoisEmailRequest();
		refetch.setDomainName("hidden.com");
		sdk.call(refetch);
		assertThat(sdk.transferIn(instanceId).getWhoisMailStatus()).isFalse();
		TransferInResendMailTokenRequest resend = new TransferInResendMailTokenRequest();
		resend.setDomainName("hidden.com");
		sdk.call(resend);
		assertThat(tokens("hidden.com")).isEmpty();

		seedRegistrar(Map.of("domainName", "hidden.com", "whoisEmail", "owner@hidden.com"));
		sdk.call(refetch);
		QueryTransferInByInstanceIdResponse found = sdk.transferIn(instanceId);
		assertThat(found.getWhoisMailStatus()).isTrue();
		assertThat(found.getEmail()).isEqualTo("owner@hidden.com");
		assertThat(found.getStatus()).isEqualTo(11);
		RestAssured.given()
			.port(this.port)
			.queryParam("domainName", "hidden.com")
			.get("/_emulator/outbox")
			.then()
			.statusCode(200)
			.body("email", contains("owner@hidden.com"))
			.body("instanceId", contains(instanceId))
			.body("sentAt", contains("2026-01-15T04:00:00Z"));
	}

	@Test
	void asyncSdkResendsAndRefetches() throws Exception {
		seedTransferIn(Map.of("domainName", "example.com", "status", 11));
		try (AsyncClient client = AsyncSdk.client(endpoint())) {
			assertThat(client
				.transferInResendMailToken(
						com.aliyun.sdk.service.domain20180129.models.TransferInResendMailTokenRequest.builder()
							.domainName("example.com")
							.build())
				.get()
				.getBody()
				.getRequestId()).hasSize(36);
			assertThat(tokens("example.com")).hasSize(2);
			assertThat(client
				.transferInRefetchWhoisEmail(
						com.aliyun.sdk.service.domain20180129.models.TransferInRefetchWhoisEmailRequest.builder()
							.domainName("example.com")
							.build())
				.get()
				.getBody()
				.getRequestId()).hasSize(36);
			assertThat(tokens("example.com")).hasSize(3);
			Throwable missing = catchThrowableOfType(Exception.class, () -> client
				.transferInRefetchWhoisEmail(
						com.aliyun.sdk.service.domain20180129.models.TransferInRefetchWhoisEmailRequest.builder()
							.domainName("elsewhere.com")
							.build())
				.get()).getCause();
			assertThat(missing).isInstanceOf(PopClientException.class);
			assertThat(((PopClientException) missing).getErrCode()).isEqualTo("DomainTransferPendingNotExist");
		}
	}

	private List<String> tokens(String domainName) {
		return RestAssured.given()
			.port(this.port)
			.queryParam("domainName", domainName)
			.get("/_emulator/outbox")
			.then()
			.statusCode(200)
			.extract()
			.path("token");
	}

}
