package dev.domainemu.account;

import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTaskListRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * Accounts made and keys registered through the control plane: each key acts for its own
 * account through the official SDK, the control plane reaches an account by its key as
 * well as by its UserId, and removing an account takes everything it holds.
 */
class AccountsApiTest extends EmulatorTest {

	private LegacySdk sdk(JsonPath account, FormatType format) {
		return new LegacySdk(endpoint(), format, account.getString("accessKeyId"),
				account.getString("accessKeySecret"));
	}

	private static SaveSingleTaskForQueryingTransferAuthorizationCodeRequest authCode(String domainName) {
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest request = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName(domainName);
		return request;
	}

	private static QueryTaskListRequest tasks() {
		QueryTaskListRequest request = new QueryTaskListRequest();
		request.setPageNum(1);
		request.setPageSize(20);
		return request;
	}

	@Test
	void aNewAccountComesWithAKeyOfItsOwnAndIsListed() {
		JsonPath created = newAccount();
		assertThat(created.getString("userId")).matches("3[0-9]{15}");
		assertThat(created.getString("accessKeyId")).matches("LTAI[A-Za-z0-9]{20}");
		assertThat(created.getString("accessKeySecret")).matches("[A-Za-z0-9]{30}");
		admin().get("/_emulator/accounts/" + created.getString("userId"))
			.then()
			.statusCode(200)
			.body("accessKeyIds", equalTo(List.of(created.getString("accessKeyId"))))
			.body("configured", equalTo(false));
		List<String> listed = admin().get("/_emulator/accounts").then().statusCode(200).extract().path("userId");
		assertThat(listed).containsExactly("1000000000000001", created.getString("userId"));
		// the secret is shown once, when the key is made
		assertThat(admin().get("/_emulator/accounts").asString()).doesNotContain(created.getString("accessKeySecret"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSON", "XML" })
	void eachKeyActsForItsOwnAccountThroughTheSdk(String wire) throws Exception {
		FormatType format = FormatType.valueOf(wire);
		JsonPath a = newAccount();
		JsonPath b = newAccount();
		seedDomainForKey(a.getString("accessKeyId"), "example.com");
		assertThat(sdk(a, format).call(authCode("example.com")).getTaskNo()).isNotBlank();
		ClientException other = catchThrowableOfType(ClientException.class,
				() -> sdk(b, format).call(authCode("example.com")));
		assertThat(other.getErrCode()).isEqualTo("DomainNotExist");
		// the default account, which a call with a key no one registered acts for, holds
		// nothing either
		assertThat(catchThrowableOfType(ClientException.class,
				() -> new LegacySdk(endpoint(), format).call(authCode("example.com")))
			.getErrCode()).isEqualTo("DomainNotExist");
		// the same name in B is B's own
		admin(Map.of("domainName", "example.com")).queryParam("account", b.getString("userId"))
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
		assertThat(sdk(b, format).call(authCode("example.com")).getTaskNo()).isNotBlank();
		assertThat(sdk(a, format).call(tasks()).getData()).hasSize(1);
		assertThat(sdk(b, format).call(tasks()).getData()).hasSize(1);
		assertThat(new LegacySdk(endpoint(), format).call(tasks()).getData()).isEmpty();
		List<String> seenByKey = admin().queryParam("accessKeyId", a.getString("accessKeyId"))
			.get("/_emulator/tasks")
			.then()
			.statusCode(200)
			.extract()
			.path("taskNo");
		assertThat(seenByKey).hasSize(1);
	}

	@Test
	void aKeyIsRegisteredOnceForTheAccountItNames() {
		admin(Map.of("accessKeyId", "team-a.key", "accessKeySecret", "s3cret", "userId", "5550001"))
			.post("/_emulator/accounts")
			.then()
			.statusCode(201)
			.body("userId", equalTo("5550001"))
			.body("accessKeyId", equalTo("team-a.key"))
			.body("accessKeySecret", equalTo("s3cret"));
		admin(Map.of("accessKeyId", "team-a.key", "accessKeySecret", "other")).post("/_emulator/accounts")
			.then()
			.statusCode(409)
			.body("field", equalTo("accessKeyId"));
		admin(Map.of("accessKeyId", "bad key", "accessKeySecret", "s")).post("/_emulator/accounts")
			.then()
			.statusCode(400)
			.body("field", equalTo("accessKeyId"));
		admin(Map.of("accessKeyId", "k2", "accessKeySecret", "")).post("/_emulator/accounts")
			.then()
			.statusCode(400)
			.body("field", equalTo("accessKeySecret"));
		admin(Map.of("accessKeyId", "k3", "accessKeySecret", "s", "userId", "12ab")).post("/_emulator/accounts")
			.then()
			.statusCode(400)
			.body("field", equalTo("userId"));
		admin().queryParam("account", "5550001")
			.queryParam("accessKeyId", "team-a.key")
			.get("/_emulator/domains")
			.then()
			.statusCode(400)
			.body("field", equalTo("accessKeyId"));
		admin().get("/_emulator/accounts/999").then().statusCode(404).body("field", equalTo("userId"));
	}

	@Test
	void removingAnAccountTakesEverythingItHolds() throws Exception {
		JsonPath a = newAccount();
		JsonPath b = newAccount();
		for (JsonPath account : List.of(a, b)) {
			admin(Map.of("domainName", "example.com")).queryParam("account", account.getString("userId"))
				.post("/_emulator/domains")
				.then()
				.statusCode(201);
			admin(Map.of("domainName", "in.com", "status", 11)).queryParam("account", account.getString("userId"))
				.post("/_emulator/transfer-ins")
				.then()
				.statusCode(201);
			sdk(account, FormatType.JSON).call(authCode("example.com"));
		}
		seedDomain("default.com", null, false);
		admin().delete("/_emulator/accounts/" + a.getString("userId")).then().statusCode(204);
		admin().get("/_emulator/accounts/" + a.getString("userId")).then().statusCode(404);
		admin().delete("/_emulator/accounts/" + a.getString("userId")).then().statusCode(404);
		for (String path : List.of("/_emulator/domains", "/_emulator/transfer-ins", "/_emulator/tasks")) {
			assertThat(admin().queryParam("account", a.getString("userId")).get(path).jsonPath().getList("$")).as(path)
				.isEmpty();
			assertThat(admin().queryParam("account", b.getString("userId")).get(path).jsonPath().getList("$")).as(path)
				.hasSize(1);
		}
		// the step engine finds nothing of A's left to move, on B's clock
		admin(Map.of("seconds", 60)).queryParam("account", b.getString("userId"))
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(200);
		assertThat(
				sdk(b, FormatType.JSON).call(LegacySdk.taskDetails(admin().queryParam("account", b.getString("userId"))
					.get("/_emulator/tasks")
					.jsonPath()
					.getString("[0].taskNo"))).getData())
			.singleElement()
			.satisfies((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS"));
		// the default account stays, emptied
		admin().delete("/_emulator/accounts/1000000000000001").then().statusCode(204);
		admin().get("/_emulator/accounts/1000000000000001").then().statusCode(200).body("configured", equalTo(true));
		assertThat(admin().get("/_emulator/domains").jsonPath().getList("$")).isEmpty();
	}

	@Test
	void aResetOfOneAccountEmptiesItAlone() throws Exception {
		JsonPath a = newAccount();
		JsonPath b = newAccount();
		for (JsonPath account : List.of(a, b)) {
			admin(Map.of("domainName", "example.com")).queryParam("account", account.getString("userId"))
				.post("/_emulator/domains")
				.then()
				.statusCode(201);
		}
		String before = admin().queryParam("account", b.getString("userId")).get("/_emulator/domains").asString();
		admin().queryParam("accessKeyId", a.getString("accessKeyId")).post("/_emulator/reset").then().statusCode(204);
		assertThat(
				admin().queryParam("account", a.getString("userId")).get("/_emulator/domains").jsonPath().getList("$"))
			.isEmpty();
		assertThat(admin().queryParam("account", b.getString("userId")).get("/_emulator/domains").asString())
			.isEqualTo(before);
		// A's key still acts for A, which holds nothing now
		assertThat(
				catchThrowableOfType(ClientException.class, () -> sdk(a, FormatType.JSON).call(authCode("example.com")))
					.getErrCode())
			.isEqualTo("DomainNotExist");
		assertThat(sdk(b, FormatType.JSON).call(authCode("example.com")).getTaskNo()).isNotBlank();
	}

}
