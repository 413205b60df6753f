package dev.domainemu.signature;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.aliyun.auth.credentials.Credential;
import com.aliyun.auth.credentials.provider.StaticCredentialProvider;
import com.aliyun.sdk.gateway.pop.Configuration;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskListRequest;
import com.aliyuncs.auth.SignatureVersion;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import dev.domainemu.support.SignedCalls;
import darabonba.core.client.ClientOverrideConfiguration;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code emulator.signature.mode=enforce}: the official clients' own V1 and V3 signatures
 * pass; a wrong secret, a tampered value, a timestamp outside the window or malformed and
 * a replayed nonce are refused with the API's codes, and a refused call stores nothing.
 */
@TestPropertySource(properties = "emulator.signature.mode=enforce")
class SignatureEnforceTest extends EmulatorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String keyId;

	private String secret;

	@BeforeEach
	void account() {
		JsonPath account = newAccount();
		this.keyId = account.getString("accessKeyId");
		this.secret = account.getString("accessKeySecret");
		seedDomainForKey(this.keyId, "example.com");
	}

	private static SaveSingleTaskForQueryingTransferAuthorizationCodeRequest authCode() {
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest request = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName("example.com");
		return request;
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSON V1", "XML V1", "JSON V3", "XML V3" })
	void theLegacySdksSignaturesPass(String variant) throws Exception {
		String[] parts = variant.split(" ");
		LegacySdk sdk = new LegacySdk(endpoint(), FormatType.valueOf(parts[0]), this.keyId, this.secret,
				SignatureVersion.valueOf(parts[1]));
		assertThat(sdk.call(authCode()).getTaskNo()).isNotBlank();
		assertThat(sdk.call(LegacySdk.taskDetails("00000000-0000-4000-8000-000000000000")).getData()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "V1", "V3" })
	void theAsyncSdksSignaturesPass(String version) throws Exception {
		try (AsyncClient client = AsyncClient.builder()
			.region("cn-hangzhou")
			.credentialsProvider(StaticCredentialProvider
				.create(Credential.builder().accessKeyId(this.keyId).accessKeySecret(this.secret).build()))
			.serviceConfiguration(Configuration.create()
				.setSignatureVersion(com.aliyun.sdk.gateway.pop.auth.SignatureVersion.valueOf(version)))
			.overrideConfiguration(
					ClientOverrideConfiguration.create().setEndpointOverride(endpoint()).setProtocol("HTTP"))
			.build()) {
			assertThat(client.queryTaskList(QueryTaskListRequest.builder().pageNum(1).pageSize(10).build())
				.get()
				.getBody()
				.getTotalItemNum()).isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "V1", "V3" })
	void aWrongSecretIsTheSdksInvalidSecret(String version) {
		LegacySdk wrong = new LegacySdk(endpoint(), FormatType.JSON, this.keyId, this.secret + "x",
				SignatureVersion.valueOf(version));
		ClientException refused = catchThrowableOfType(ClientException.class, () -> wrong.call(authCode()));
		// the legacy SDK recognises its own string to sign in the reply and names the
		// secret
		assertThat(refused.getErrCode()).isIn("SDK.InvalidAccessKeySecret", "SignatureDoesNotMatch");
		nothingStored();
	}

	@Test
	void aTamperedValueATimestampOutsideTheWindowAndAReplayAreRefused() throws Exception {
		Map<String, String> signed = signedV1(
				Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "example.com"),
				Instant.now(), UUID.randomUUID().toString());
		Map<String, String> tampered = new LinkedHashMap<>(signed);
		tampered.put("DomainName", "example.org");
		JsonNode mismatch = refused(tampered, 400);
		assertThat(mismatch.path("Code").asString()).isEqualTo("SignatureDoesNotMatch");
		assertThat(mismatch.path("Message").asString())
			.startsWith("Specified signature is not matched with our calculation. server string to sign is:POST&%2F&");
		assertThat(refused(signedV1(Map.of("Action", "QueryTaskList", "PageNum", "1", "PageSize", "10"),
				Instant.now().minusSeconds(16 * 60), UUID.randomUUID().toString()), 400)
			.path("Code")
			.asString()).isEqualTo("InvalidTimeStamp.Expired");
		Map<String, String> malformed = new LinkedHashMap<>(
				signedV1(Map.of("Action", "QueryTaskList", "PageNum", "1", "PageSize", "10"), Instant.now(), "n1"));
		malformed.put("Timestamp", "yesterday");
		assertThat(refused(malformed, 400).path("Code").asString()).isEqualTo("InvalidTimeStamp.Format");
		Map<String, String> noNonce = new LinkedHashMap<>(signed);
		noNonce.remove("SignatureNonce");
		assertThat(refused(noNonce, 400).path("Code").asString()).isEqualTo("MissingSignatureNonce");
		Map<String, String> unknown = signedV1(Map.of("Action", "QueryTaskList", "PageNum", "1", "PageSize", "10"),
				Instant.now(), UUID.randomUUID().toString());
		unknown.put("AccessKeyId", "NoSuchKey");
		assertThat(refused(unknown, 404).path("Code").asString()).isEqualTo("InvalidAccessKeyId.NotFound");
		nothingStored();
		// each refusal is journaled with its code
		assertThat(journalEntries(Map.of("code", "SignatureDoesNotMatch", "kind", "call", "accessKeyId", this.keyId)))
			.isNotEmpty();
		assertThat(
				journalEntries(Map.of("code", "InvalidTimeStamp.Expired", "kind", "call", "accessKeyId", this.keyId)))
			.isNotEmpty();
		// the genuine call passes once; its replay does not
		assertThat(send(signed).statusCode()).isEqualTo(200);
		JsonNode replay = refused(signed, 400);
		assertThat(replay.path("Code").asString()).isEqualTo("SignatureNonceUsed");
		assertThat(admin().queryParam("accessKeyId", this.keyId).get("/_emulator/tasks").jsonPath().getList("$"))
			.hasSize(1);
	}

	@Test
	void everyCharacterTheSignersEncodeIsVerified() throws Exception {
		for (String value : List.of("a b", "*~+/=%", "中文", "", "x&y", "'\"<>", "tab\tnew")) {
			Map<String, String> signed = signedV1(
					Map.of("Action", "QueryTaskList", "PageNum", "1", "PageSize", "10", "Lang",
							value.isEmpty() ? "" : "en", "UserClientIp", value),
					Instant.now(), UUID.randomUUID().toString());
			HttpResponse<String> reply = send(signed);
			assertThat(reply.statusCode()).as(value + ": " + reply.body()).isEqualTo(200);
		}
	}

	private void nothingStored() {
		assertThat(admin().queryParam("accessKeyId", this.keyId).get("/_emulator/tasks").jsonPath().getList("$"))
			.isEmpty();
	}

	/**
	 * The parameters of a V1 call, signed by the legacy SDK's own composer and signer.
	 */
	private Map<String, String> signedV1(Map<String, String> business, Instant at, String nonce) {
		return SignedCalls.signedV1(this.keyId, this.secret, business, at, nonce);
	}

	private JsonNode refused(Map<String, String> parameters, int status) throws Exception {
		HttpResponse<String> reply = send(parameters);
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
		return JSON.readTree(reply.body());
	}

	private HttpResponse<String> send(Map<String, String> parameters) {
		return SignedCalls.send(endpoint(), parameters);
	}

}
