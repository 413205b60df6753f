package dev.domainemu.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdResponseBody;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.AsyncSdk;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * The shipped example scenario takes an empty emulator to each situation it promises,
 * seen through the official SDKs: a transfer stuck in name verification, one failed with
 * transferExpired, one waiting for mail verification with its token in the outbox, a
 * domain with a pending auth-code task, and a domain whose next auth-code request fails
 * with a fault.
 */
class ExampleScenarioSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void theExampleScenarioSetsUpEverySituationItPromises(FormatType format) throws Exception {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		Map<String, String> made = load();

		QueryTransferInByInstanceIdResponse stuck = sdk.transferIn(made.get("lab-audit-stuck.com"));
		assertThat(stuck.getStatus()).isEqualTo(20);
		assertThat(stuck.getSimpleTransferInStatus()).isEqualTo("NAME_VERIFICATION");

		QueryTransferInByInstanceIdResponse expired = sdk.transferIn(made.get("lab-expired.com"));
		assertThat(expired.getStatus()).isEqualTo(52);
		assertThat(expired.getSimpleTransferInStatus()).isEqualTo("FAIL");
		assertThat(expired.getResultCode()).isEqualTo("transferExpired");

		QueryTransferInByInstanceIdResponse mail = sdk.transferIn(made.get("lab-mail.com"));
		assertThat(mail.getStatus()).isEqualTo(11);
		assertThat(mail.getSimpleTransferInStatus()).isEqualTo("AUTHORIZATION");
		assertThat(mail.getEmail()).isEqualTo("owner@lab-mail.com");
		Map<String, String> sent = outboxMail("lab-mail.com");
		assertThat(sent.get("email")).isEqualTo("owner@lab-mail.com");

		String pendingTask = made.get("task:lab-authcode-pending.com");
		QueryTaskDetailListResponse details = sdk.call(LegacySdk.taskDetails(pendingTask));
		assertThat(details.getData()).singleElement().satisfies((detail) -> {
			assertThat(detail.getDomainName()).isEqualTo("lab-authcode-pending.com");
			assertThat(detail.getTaskStatus()).isEqualTo("WAITING_EXECUTE");
		});
		ClientException busy = catchThrowableOfType(ClientException.class,
				() -> sdk.call(authCode("lab-authcode-pending.com")));
		assertThat(busy).isNotInstanceOf(ServerException.class);
		assertThat(busy.getErrCode()).isEqualTo("TaskIsBeingProcessed");

		ServerException fault = catchThrowableOfType(ServerException.class,
				() -> sdk.call(authCode("lab-authcode-fault.com")));
		assertThat(fault.getErrCode()).isEqualTo("ServiceUnavailable");
		assertThat(fault.getErrMsg()).isEqualTo("The request has failed due to a temporary failure of the server.");
		String afterFault = sdk.call(authCode("lab-authcode-fault.com")).getTaskNo();
		assertThat(afterFault).isNotBlank();

		// the mail's token verifies the transfer, as a real owner's click would
		TransferInCheckMailTokenRequest check = new TransferInCheckMailTokenRequest();
		check.setToken(sent.get("token"));
		assertThat(sdk.call(check).getSuccessList()).containsExactly("lab-mail.com");
		assertThat(sdk.transferIn(made.get("lab-mail.com")).getStatus()).isEqualTo(19);

		// time moves: the held transfer stays stuck, the timeline moves the other at 2
		// minutes
		advanceSeconds(119);
		assertThat(sdk.transferIn(made.get("lab-audit-timeline.com")).getStatus()).isEqualTo(20);
		advanceSeconds(1);
		assertThat(sdk.transferIn(made.get("lab-audit-timeline.com")).getStatus()).isEqualTo(29);
		advanceSeconds(3600);
		assertThat(sdk.transferIn(made.get("lab-audit-stuck.com")).getStatus()).isEqualTo(20);
		assertThat(sdk.transferIn(made.get("lab-audit-timeline.com")).getStatus()).isEqualTo(59);
		assertThat(sdk.call(LegacySdk.taskDetails(pendingTask)).getData()).singleElement()
			.satisfies((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS"));
		admin().get("/_emulator/transfer-ins/" + made.get("lab-audit-timeline.com") + "/history")
			.then()
			.statusCode(200)
			.body("to", contains(20, 29, 39, 59))
			.body("cause", contains("admin", "clock", "clock", "clock"));

		// removing the scenario takes away what it made and leaves what the calls made
		admin().delete("/_emulator/scenarios/transfer-lab").then().statusCode(204);
		ClientException gone = catchThrowableOfType(ClientException.class,
				() -> sdk.transferIn(made.get("lab-expired.com")));
		assertThat(gone.getErrCode()).isEqualTo("InvalidInstanceId.NotFound");
		admin().get("/_emulator/tasks/" + afterFault).then().statusCode(200);
		admin().get("/_emulator/tasks/" + pendingTask).then().statusCode(404);
		admin().get("/_emulator/faults").then().statusCode(200).body("size()", equalTo(0));
	}

	@Test
	void theAsyncSdkSeesTheSameSituations() throws Exception {
		Map<String, String> made = load();
		try (AsyncClient client = AsyncSdk.client(endpoint())) {
			QueryTransferInByInstanceIdResponseBody stuck = AsyncSdk.transferIn(client,
					made.get("lab-audit-stuck.com"));
			assertThat(stuck.getStatus()).isEqualTo(20);
			assertThat(AsyncSdk.transferIn(client, made.get("lab-expired.com")).getResultCode())
				.isEqualTo("transferExpired");
			assertThat(AsyncSdk.transferIn(client, made.get("lab-mail.com")).getStatus()).isEqualTo(11);
			assertThat(client
				.queryTaskDetailList(com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListRequest.builder()
					.taskNo(made.get("task:lab-authcode-pending.com"))
					.pageNum(1)
					.pageSize(20)
					.build())
				.get()
				.getBody()
				.getData()
				.getTaskDetail()).singleElement()
				.satisfies((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("WAITING_EXECUTE"));
			Throwable busy = catchThrowable(() -> client.saveSingleTaskForQueryingTransferAuthorizationCode(
					com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest
						.builder()
						.domainName("lab-authcode-pending.com")
						.build())
				.get());
			assertThat(busy).hasStackTraceContaining("TaskIsBeingProcessed");
			Throwable fault = catchThrowable(() -> client.saveSingleTaskForQueryingTransferAuthorizationCode(
					com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest
						.builder()
						.domainName("lab-authcode-fault.com")
						.build())
				.get());
			assertThat(fault).hasStackTraceContaining("ServiceUnavailable");
			assertThat(client.saveSingleTaskForQueryingTransferAuthorizationCode(
					com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest
						.builder()
						.domainName("lab-authcode-fault.com")
						.build())
				.get()
				.getBody()
				.getTaskNo()).isNotBlank();
		}
	}

	@Test
	void postingTheShippedFileLoadsTheSameAsLoadingTheExampleByName() throws Exception {
		String yaml = Files.readString(Path.of("src/main/resources/scenarios/transfer-lab.yaml"),
				StandardCharsets.UTF_8);
		ValidatableResponse posted = admin().contentType("application/yaml")
			.body(yaml.getBytes(StandardCharsets.UTF_8))
			.post("/_emulator/scenarios")
			.then()
			.statusCode(201);
		posted.body("name", equalTo("transfer-lab"))
			.body("source", equalTo("request body"))
			.body("domains", contains("lab-authcode-pending.com", "lab-authcode-fault.com"))
			.body("transferIns.domainName",
					contains("lab-audit-stuck.com", "lab-audit-timeline.com", "lab-expired.com", "lab-mail.com"))
			.body("tasks.domainName", contains("lab-authcode-pending.com"))
			.body("faults.size()", equalTo(1));
		admin().get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-11-24T02:00:00Z"))
			.body("frozen", equalTo(true));
		admin().get("/_emulator/scenarios/examples")
			.then()
			.statusCode(200)
			.body("$", hasItems("transfer-lab", "registry-rejects"));
	}

	/**
	 * Loads the example by name and answers the InstanceIds by domain and the TaskNos as
	 * {@code task:<domain>}.
	 */
	private Map<String, String> load() {
		ValidatableResponse loaded = admin().contentType(ContentType.JSON)
			.post("/_emulator/scenarios/examples/transfer-lab")
			.then()
			.statusCode(201);
		List<Map<String, String>> transfers = loaded.extract().jsonPath().getList("transferIns");
		List<Map<String, String>> tasks = loaded.extract().jsonPath().getList("tasks");
		Map<String, String> made = transfers.stream()
			.collect(Collectors.toMap((item) -> item.get("domainName"), (item) -> item.get("id")));
		tasks.forEach((item) -> made.put("task:" + item.get("domainName"), item.get("id")));
		return made;
	}

	private static SaveSingleTaskForQueryingTransferAuthorizationCodeRequest authCode(String domainName) {
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest request = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName(domainName);
		return request;
	}

}
