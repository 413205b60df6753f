package dev.domainemu.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.aliyuncs.domain.model.v20180129.QueryTaskListRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code emulator.accounts.unknown-keys=isolated}: each key no one registered gets an
 * account of its own on first use, the same ever after, which the control plane reaches
 * by the key too.
 */
@TestPropertySource(properties = "emulator.accounts.unknown-keys=isolated")
@DirtiesContext
class IsolatedKeysTest extends EmulatorTest {

	@Test
	void everyUnknownKeyIsAnAccountOfItsOwn() throws Exception {
		String first = "LTAI" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		String second = "LTAI" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		// the control plane seeds for the key as a call with it would act
		admin(Map.of("domainName", "example.com")).queryParam("accessKeyId", first)
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		LegacySdk firstSdk = new LegacySdk(endpoint(), FormatType.JSON, first, "any secret");
		assertThat(firstSdk.call(submit).getTaskNo()).isNotBlank();
		LegacySdk secondSdk = new LegacySdk(endpoint(), FormatType.XML, second, "any secret");
		assertThat(catchThrowableOfType(ClientException.class, () -> secondSdk.call(submit)).getErrCode())
			.isEqualTo("DomainNotExist");
		QueryTaskListRequest tasks = new QueryTaskListRequest();
		tasks.setPageNum(1);
		tasks.setPageSize(20);
		assertThat(new LegacySdk(endpoint(), FormatType.XML, first, "another secret").call(tasks).getData()).hasSize(1);
		assertThat(secondSdk.call(tasks).getData()).isEmpty();
		List<String> accounts = admin().get("/_emulator/accounts").then().statusCode(200).extract().path("userId");
		String firstAccount = KeyRules.derivedUserId(first);
		assertThat(accounts).contains(firstAccount, KeyRules.derivedUserId(second), "1000000000000001");
		assertThat(admin().queryParam("account", firstAccount).get("/_emulator/tasks").jsonPath().getList("$"))
			.hasSize(1);
	}

}
