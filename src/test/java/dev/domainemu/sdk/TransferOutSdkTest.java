package dev.domainemu.sdk;

import java.util.concurrent.ExecutionException;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListResponseBody;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferOutInfoRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferOutInfoResponseBody;
import com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForApprovingTransferOutRequest;
import com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForCancelingTransferOutRequest;
import com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.QueryTransferOutInfoResponse;
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
 * The transfer-out side end to end through the official SDKs: a code is asked for, the
 * transfer-out it starts is watched through every status, then approved (the domain
 * leaves the account) or cancelled.
 */
class TransferOutSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void anApprovedTransferOutTakesTheDomainAway(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		admin(java.util.Map.of("domainName", "example.com", "email", "owner@example.com")).post("/_emulator/domains")
			.then()
			.statusCode(201);
		assertThat(info(sdk).getStatus()).isNull();

		String code = authCode(sdk);
		assertThat(code).hasSize(12);
		QueryTransferOutInfoResponse started = info(sdk);
		assertThat(started.getStatus()).isEqualTo(1);
		assertThat(started.getEmail()).isEqualTo("owner@example.com");
		assertThat(started.getTransferAuthorizationCodeSendDate()).isNull();
		advanceSeconds(2);
		assertThat(info(sdk).getStatus()).isEqualTo(2);
		advanceSeconds(2);
		QueryTransferOutInfoResponse sent = info(sdk);
		assertThat(sent.getStatus()).isEqualTo(3);
		assertThat(sent.getTransferAuthorizationCodeSendDate()).isEqualTo("2026-01-15 12:00:07");
		assertThat(sent.getExpirationDate()).isEqualTo("2026-01-30 12:00:07");
		assertThat(sent.getPendingRequestDate()).isNull();

		var approveEarly = new com.aliyuncs.domain.model.v20180129.SaveSingleTaskForApprovingTransferOutRequest();
		approveEarly.setDomainName("example.com");
		QueryTaskDetailListResponse.TaskDetail early = finished(sdk, sdk.call(approveEarly).getTaskNo());
		assertThat(early.getTaskStatus()).isEqualTo("EXECUTE_FAILURE");
		assertThat(early.getTaskType()).isEqualTo("APPROVE_TRANSFER_OUT");

		advanceSeconds(60);
		QueryTransferOutInfoResponse requested = info(sdk);
		assertThat(requested.getStatus()).isEqualTo(4);
		assertThat(requested.getPendingRequestDate()).isEqualTo("2026-01-15 12:01:07");

		var approve = new com.aliyuncs.domain.model.v20180129.SaveSingleTaskForApprovingTransferOutRequest();
		approve.setDomainName("example.com");
		assertThat(finished(sdk, sdk.call(approve).getTaskNo()).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		QueryTransferOutInfoResponse done = info(sdk);
		assertThat(done.getStatus()).isEqualTo(5);
		assertThat(done.getResultCode()).isNull();

		var again = new com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		again.setDomainName("example.com");
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(again)).getErrCode())
			.isEqualTo("DomainNotExist");
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(approve)).getErrCode())
			.isEqualTo("DomainNotExist");
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aCancelledTransferOutKeepsTheDomain(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedDomain("example.com", null, false);
		authCode(sdk);
		advanceSeconds(70);
		assertThat(info(sdk).getStatus()).isEqualTo(4);
		var cancel = new com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCancelingTransferOutRequest();
		cancel.setDomainName("example.com");
		String taskNo = sdk.call(cancel).getTaskNo();
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(cancel)).getErrCode())
			.isEqualTo("TaskIsBeingProcessed");
		QueryTaskDetailListResponse.TaskDetail cancelled = finished(sdk, taskNo);
		assertThat(cancelled.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		assertThat(cancelled.getTaskType()).isEqualTo("CANCEL_TRANSFER_OUT");
		QueryTransferOutInfoResponse rejected = info(sdk);
		assertThat(rejected.getStatus()).isEqualTo(8);
		assertThat(rejected.getResultCode()).isEqualTo("clientRejected");
		assertThat(rejected.getResultMsg()).isEqualTo("Transfer out rejected");
		advanceSeconds(10 * 86_400);
		assertThat(info(sdk).getStatus()).isEqualTo(8);

		QueryTaskDetailListResponse.TaskDetail nothingOpen = finished(sdk, sdk.call(cancel).getTaskNo());
		assertThat(nothingOpen.getTaskStatus()).isEqualTo("EXECUTE_FAILURE");
		assertThat(nothingOpen.getErrorMsg()).isEqualTo("The domain name is not being transferred out.");

		authCode(sdk);
		assertThat(info(sdk).getStatus()).isEqualTo(1);
		var query = new com.aliyuncs.domain.model.v20180129.QueryTransferOutInfoRequest();
		query.setDomainName("not-held.com");
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(query)).getErrCode())
			.isEqualTo("DomainNotExist");
	}

	@Test
	void theAsyncSdkWatchesApprovesAndCancels() throws Exception {
		seedDomain("example.com", "Ab1#xyz89Kq7", false);
		seedDomain("example.net", null, false);
		AsyncClient client = AsyncSdk.client(endpoint());
		try {
			for (String domain : new String[] { "example.com", "example.net" }) {
				client.saveSingleTaskForQueryingTransferAuthorizationCode(
						SaveSingleTaskForQueryingTransferAuthorizationCodeRequest.builder().domainName(domain).build())
					.get();
			}
			advanceSeconds(70);
			QueryTransferOutInfoResponseBody pending = asyncInfo(client, "example.com");
			assertThat(pending.getStatus()).isEqualTo(4);
			assertThat(pending.getTransferAuthorizationCodeSendDate()).isEqualTo("2026-01-15 12:00:07");
			String approve = client
				.saveSingleTaskForApprovingTransferOut(
						SaveSingleTaskForApprovingTransferOutRequest.builder().domainName("example.com").build())
				.get()
				.getBody()
				.getTaskNo();
			String cancel = client
				.saveSingleTaskForCancelingTransferOut(
						SaveSingleTaskForCancelingTransferOutRequest.builder().domainName("example.net").build())
				.get()
				.getBody()
				.getTaskNo();
			advanceSeconds(5);
			assertThat(asyncDetail(client, approve).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
			assertThat(asyncDetail(client, cancel).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
			assertThat(asyncInfo(client, "example.com").getStatus()).isEqualTo(5);
			QueryTransferOutInfoResponseBody rejected = asyncInfo(client, "example.net");
			assertThat(rejected.getStatus()).isEqualTo(8);
			assertThat(rejected.getResultCode()).isEqualTo("clientRejected");

			ExecutionException gone = catchThrowableOfType(ExecutionException.class,
					() -> client.saveSingleTaskForCancelingTransferOut(
							SaveSingleTaskForCancelingTransferOutRequest.builder().domainName("example.com").build())
						.get());
			assertThat(gone.getCause()).isInstanceOf(PopClientException.class);
			assertThat(((PopClientException) gone.getCause()).getErrCode()).isEqualTo("DomainNotExist");
			ExecutionException unknown = catchThrowableOfType(ExecutionException.class,
					() -> client
						.queryTransferOutInfo(QueryTransferOutInfoRequest.builder().domainName("never.com").build())
						.get());
			assertThat(((PopClientException) unknown.getCause()).getErrCode()).isEqualTo("DomainNotExist");
		}
		finally {
			client.close();
		}
	}

	/** Asks for example.com's code and reads it once the task has run. */
	private String authCode(LegacySdk sdk) throws ClientException {
		var request = new com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName("example.com");
		return finished(sdk, sdk.call(request).getTaskNo()).getTaskResult();
	}

	private QueryTaskDetailListResponse.TaskDetail finished(LegacySdk sdk, String taskNo) throws ClientException {
		advanceSeconds(3);
		var details = new com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(1);
		return sdk.call(details).getData().get(0);
	}

	private static QueryTransferOutInfoResponse info(LegacySdk sdk) throws ClientException {
		var request = new com.aliyuncs.domain.model.v20180129.QueryTransferOutInfoRequest();
		request.setDomainName("example.com");
		return sdk.call(request);
	}

	private static QueryTransferOutInfoResponseBody asyncInfo(AsyncClient client, String domainName) throws Exception {
		return client.queryTransferOutInfo(QueryTransferOutInfoRequest.builder().domainName(domainName).build())
			.get()
			.getBody();
	}

	private static QueryTaskDetailListResponseBody.TaskDetail asyncDetail(AsyncClient client, String taskNo)
			throws Exception {
		return client
			.queryTaskDetailList(QueryTaskDetailListRequest.builder().taskNo(taskNo).pageNum(1).pageSize(1).build())
			.get()
			.getBody()
			.getData()
			.getTaskDetail()
			.get(0);
	}

}
