package dev.domainemu.sdk;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.ConfirmTransferInEmailRequest;
import com.aliyun.sdk.service.domain20180129.models.ConfirmTransferInEmailResponseBody;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListResponseBody;
import com.aliyun.sdk.service.domain20180129.models.SaveBatchTaskForCreatingOrderTransferRequest;
import com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForCreatingOrderTransferRequest;
import com.aliyun.sdk.service.domain20180129.models.TransferInCheckMailTokenRequest;
import com.aliyun.sdk.service.domain20180129.models.TransferInCheckMailTokenResponseBody;
import com.aliyuncs.domain.model.v20180129.SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam;
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
 * Ordering transfer-ins and verifying their mail through both official SDKs: the batch
 * order with the legacy SDK in JSON and XML, and every order and verification action with
 * the async SDK, errors included.
 */
class TransferInOrderSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aBatchOrderMakesADetailAndATransferPerDomain(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		com.aliyuncs.domain.model.v20180129.SaveBatchTaskForCreatingOrderTransferRequest batch = new com.aliyuncs.domain.model.v20180129.SaveBatchTaskForCreatingOrderTransferRequest();
		batch.setOrderTransferParams(List.of(param("first.com"), param("second.cn")));
		String taskNo = sdk.call(batch).getTaskNo();
		advanceSeconds(5);
		com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest details = new com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(10);
		assertThat(sdk.call(details).getData()).hasSize(2).allSatisfy((detail) -> {
			assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
			assertThat(detail.getInstanceId()).isNotBlank();
		});
		assertThat(outboxMail("first.com").get("email")).isEqualTo("admin@first.com");
		assertThat(outboxMail("second.cn").get("email")).isEqualTo("admin@second.cn");

		com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest check = new com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest();
		check.setToken(outboxMail("first.com").get("token"));
		assertThat(sdk.call(check).getSuccessList()).containsExactly("first.com");
		assertThat(sdk.call(check).getFailList()).containsExactly("first.com");
		check.setToken("not-a-token");
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(check)).getErrCode())
			.isEqualTo("TokenFailed");
	}

	@Test
	void theAsyncSdkOrdersVerifiesAndConfirms() throws Exception {
		AsyncClient client = AsyncSdk.client(endpoint());
		try {
			String single = client
				.saveSingleTaskForCreatingOrderTransfer(SaveSingleTaskForCreatingOrderTransferRequest.builder()
					.domainName("single.com")
					.authorizationCode("Ab1#xyz89Kq7")
					.registrantProfileId(1001L)
					.build())
				.get()
				.getBody()
				.getTaskNo();
			String batch = client
				.saveBatchTaskForCreatingOrderTransfer(SaveBatchTaskForCreatingOrderTransferRequest.builder()
					.orderTransferParam(List.of(asyncParam("one.com"), asyncParam("two.com")))
					.build())
				.get()
				.getBody()
				.getTaskNo();
			PopClientException busy = refused(() -> client
				.saveSingleTaskForCreatingOrderTransfer(SaveSingleTaskForCreatingOrderTransferRequest.builder()
					.domainName("one.com")
					.authorizationCode("Ab1#xyz89Kq7")
					.registrantProfileId(1001L)
					.build())
				.get());
			assertThat(busy.getErrCode()).isEqualTo("TaskIsBeingProcessed");
			advanceSeconds(5);
			for (String taskNo : List.of(single, batch)) {
				QueryTaskDetailListResponseBody details = client
					.queryTaskDetailList(
							QueryTaskDetailListRequest.builder().taskNo(taskNo).pageNum(1).pageSize(10).build())
					.get()
					.getBody();
				assertThat(details.getData().getTaskDetail())
					.allSatisfy((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS"));
			}

			TransferInCheckMailTokenResponseBody checked = client
				.transferInCheckMailToken(
						TransferInCheckMailTokenRequest.builder().token(outboxMail("single.com").get("token")).build())
				.get()
				.getBody();
			assertThat(checked.getSuccessList().getSuccessDomain()).containsExactly("single.com");
			assertThat(checked.getFailList().getFailDomain()).isEmpty();
			PopClientException tokenFailed = refused(() -> client
				.transferInCheckMailToken(TransferInCheckMailTokenRequest.builder().token("stale").build())
				.get());
			assertThat(tokenFailed.getErrCode()).isEqualTo("TokenFailed");

			ConfirmTransferInEmailResponseBody confirmed = client
				.confirmTransferInEmail(ConfirmTransferInEmailRequest.builder()
					.domainName(List.of("one.com", "two.com", "single.com"))
					.email("admin@one.com")
					.build())
				.get()
				.getBody();
			assertThat(confirmed.getSuccessList().getSuccessDomain()).containsExactly("one.com");
			assertThat(confirmed.getFailList().getFailDomain()).containsExactly("two.com", "single.com");
		}
		finally {
			client.close();
		}
	}

	private static OrderTransferParam param(String domainName) {
		OrderTransferParam param = new OrderTransferParam();
		param.setDomainName(domainName);
		param.setAuthorizationCode("Ab1#xyz89Kq7");
		param.setRegistrantProfileId(1001L);
		return param;
	}

	private static SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam asyncParam(String domainName) {
		return SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam.builder()
			.domainName(domainName)
			.authorizationCode("Ab1#xyz89Kq7")
			.registrantProfileId(1001L)
			.build();
	}

	interface Call {

		void run() throws Exception;

	}

	private static PopClientException refused(Call call) {
		ExecutionException failed = catchThrowableOfType(ExecutionException.class, call::run);
		assertThat(failed.getCause()).isInstanceOf(PopClientException.class);
		return (PopClientException) failed.getCause();
	}

}
