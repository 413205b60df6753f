package dev.domainemu.account;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code emulator.accounts.unknown-keys=reject}: only the keys of the configuration and
 * those registered through the control plane act; any other is
 * {@code InvalidAccessKeyId.NotFound} (404), no key at all {@code MissingAccessKeyId},
 * and nothing is stored.
 */
@TestPropertySource(
		properties = { "emulator.accounts.unknown-keys=reject", "emulator.accounts.keys[0].access-key-id=ConfiguredKey",
				"emulator.accounts.keys[0].access-key-secret=s", "emulator.accounts.keys[0].user-id=4440001" })
@DirtiesContext
class RejectedKeysTest extends EmulatorTest {

	private static SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit() {
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		return submit;
	}

	@Test
	void onlyKnownKeysAct() throws Exception {
		for (FormatType format : new FormatType[] { FormatType.JSON, FormatType.XML }) {
			ClientException unknown = catchThrowableOfType(ClientException.class,
					() -> new LegacySdk(endpoint(), format, "NoSuchKey", "s").call(submit()));
			assertThat(unknown.getErrCode()).isEqualTo("InvalidAccessKeyId.NotFound");
			assertThat(unknown.getErrMsg()).isEqualTo("Specified access key is not found.");
		}
		Response none = rpc().queryParam("Action", "QueryTaskList")
			.queryParam("Format", "JSON")
			.queryParam("PageNum", 1)
			.queryParam("PageSize", 10)
			.post("/");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.jsonPath().getString("Code")).isEqualTo("MissingAccessKeyId");
		Response refused = rpc().queryParam("Action", "QueryTaskList")
			.queryParam("Format", "JSON")
			.queryParam("AccessKeyId", "NoSuchKey")
			.queryParam("PageNum", 1)
			.queryParam("PageSize", 10)
			.post("/");
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
		admin().queryParam("accessKeyId", "NoSuchKey")
			.get("/_emulator/domains")
			.then()
			.statusCode(404)
			.body("field", equalTo("accessKeyId"));
		assertThat(admin().get("/_emulator/accounts").jsonPath().getList("userId")).containsExactly("1000000000000001",
				"4440001");

		// the configured key acts for its account
		admin(Map.of("domainName", "example.com")).queryParam("account", "4440001")
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
		assertThat(new LegacySdk(endpoint(), FormatType.JSON, "ConfiguredKey", "s").call(submit()).getTaskNo())
			.isNotBlank();
		admin().get("/_emulator/accounts/4440001")
			.then()
			.body("accessKeyIds[0]", equalTo("ConfiguredKey"))
			.body("configured", equalTo(true));
		// so does a key registered meanwhile
		admin(Map.of("accessKeyId", "Registered", "accessKeySecret", "s", "userId", "4440001"))
			.post("/_emulator/accounts")
			.then()
			.statusCode(201);
		assertThat(catchThrowableOfType(ClientException.class,
				() -> new LegacySdk(endpoint(), FormatType.JSON, "Registered", "s").call(submit()))
			.getErrCode()).isEqualTo("TaskIsBeingProcessed");
	}

}
