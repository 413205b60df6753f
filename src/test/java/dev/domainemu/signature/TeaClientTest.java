package dev.domainemu.signature;

import java.util.Map;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Tea runtime ({@code com.aliyun:tea-openapi}), unmodified, calling actions as the
 * generated clients do ({@code callApi}, RPC style) with its V3 signature and, with
 * {@code signatureAlgorithm=v2}, its V1 one, in {@code enforce} mode.
 */
@TestPropertySource(properties = "emulator.signature.mode=enforce")
class TeaClientTest extends EmulatorTest {

	private String keyId;

	private String secret;

	@BeforeEach
	void account() {
		JsonPath account = newAccount();
		this.keyId = account.getString("accessKeyId");
		this.secret = account.getString("accessKeySecret");
		seedDomainForKey(this.keyId, "example.com");
	}

	private Client client(String algorithm, String secret) throws Exception {
		Config config = new Config().setAccessKeyId(this.keyId)
			.setAccessKeySecret(secret)
			.setEndpoint(endpoint())
			.setProtocol("HTTP")
			.setRegionId("cn-hangzhou");
		if (algorithm != null) {
			config.setSignatureAlgorithm(algorithm);
		}
		return new Client(config);
	}

	private static Map<String, ?> call(Client client, String action, Map<String, String> query) throws Exception {
		Params params = new Params().setAction(action)
			.setVersion("2018-01-29")
			.setProtocol("HTTP")
			.setPathname("/")
			.setMethod("POST")
			.setAuthType("AK")
			.setStyle("RPC")
			.setReqBodyType("formData")
			.setBodyType("json");
		return client.callApi(params, new OpenApiRequest().setQuery(query), new RuntimeOptions());
	}

	@ParameterizedTest
	@ValueSource(strings = { "v3", "v2" })
	void theTeaRuntimesSignaturesPass(String signature) throws Exception {
		Client client = client(signature.equals("v3") ? null : "v2", this.secret);
		Map<String, ?> submitted = call(client, "SaveSingleTaskForQueryingTransferAuthorizationCode",
				Map.of("DomainName", "example.com"));
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) submitted.get("body");
		assertThat((String) body.get("TaskNo")).isNotBlank();
		TeaException busy = catchThrowableOfType(TeaException.class, () -> call(client,
				"SaveSingleTaskForQueryingTransferAuthorizationCode", Map.of("DomainName", "example.com")));
		assertThat(busy.getCode()).isEqualTo("TaskIsBeingProcessed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "v3", "v2" })
	void aWrongSecretIsRefused(String signature) throws Exception {
		Client client = client(signature.equals("v3") ? null : "v2", this.secret + "x");
		TeaException refused = catchThrowableOfType(TeaException.class,
				() -> call(client, "QueryTaskList", Map.of("PageNum", "1", "PageSize", "10")));
		assertThat(refused.getCode()).isEqualTo("SignatureDoesNotMatch");
		assertThat(admin().queryParam("accessKeyId", this.keyId).get("/_emulator/tasks").jsonPath().getList("$"))
			.isEmpty();
	}

}
