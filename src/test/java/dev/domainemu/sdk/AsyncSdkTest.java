package dev.domainemu.sdk;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListResponseBody;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdResponseBody;
import com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import dev.domainemu.support.AsyncSdk;
import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The three actions through the unmodified async SDK (JSON, V1 signature).
 */
class AsyncSdkTest extends EmulatorTest {

	private AsyncClient client;

	@BeforeEach
	void connect() {
		this.client = AsyncSdk.client(endpoint());
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void authorizationCodeIsReadFromTheTaskDetails() throws Exception {
		seedDomain("example.com", "Ab1#xyz89Kq7", false);
		String taskNo = this.client.saveSingleTaskForQueryingTransferAuthorizationCode(
				SaveSingleTaskForQueryingTransferAuthorizationCodeRequest.builder().domainName("example.com").build())
			.get()
			.getBody()
			.getTaskNo();
		assertThat(taskNo).hasSize(36);
		assertThat(detail(taskNo).getTaskStatus()).isEqualTo("WAITING_EXECUTE");
		advanceSeconds(1);
		assertThat(detail(taskNo).getTaskStatus()).isEqualTo("EXECUTING");
		assertThat(detail(taskNo).getTaskStatusCode()).isEqualTo(1);
		advanceSeconds(2);
		QueryTaskDetailListResponseBody.TaskDetail done = detail(taskNo);
		assertThat(done.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		assertThat(done.getTaskResult()).isEqualTo("Ab1#xyz89Kq7");
		assertThat(done.getDomainName()).isEqualTo("example.com");
		assertThat(done.getTaskTypeDescription()).isEqualTo("Query transfer authorization code");
	}

	@Test
	void codeIsGeneratedOnceAndKeptWhenNoneWasSeeded() throws Exception {
		seedDomain("example.com", null, false);
		String first = finishedResult("example.com");
		String second = finishedResult("example.com");
		assertThat(first).hasSize(12).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void transferInIsReadWithEveryField() throws Exception {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 59));
		QueryTransferInByInstanceIdResponseBody body = this.client
			.queryTransferInByInstanceId(QueryTransferInByInstanceIdRequest.builder().instanceId(instanceId).build())
			.get()
			.getBody();
		assertThat(body.getRequestId()).matches("[0-9A-F-]{36}");
		assertThat(body.getInstanceId()).isEqualTo(instanceId);
		assertThat(body.getStatus()).isEqualTo(59);
		assertThat(body.getSimpleTransferInStatus()).isEqualTo("SUCCESS");
		assertThat(body.getUserId()).isEqualTo("1000000000000001");
		assertThat(body.getNeedMailCheck()).isTrue();
		assertThat(body.getWhoisMailStatus()).isTrue();
		assertThat(body.getProgressBarType()).isZero();
		assertThat(body.getResultCode()).isNull();
		assertThat(body.getResultDate()).isEqualTo("2026-01-15 12:00:00");
		assertThat(body.getTransferAuthorizationCodeSubmissionDateLong()).isEqualTo(T0.toEpochMilli());
		assertThat(body.getExpirationDateLong()).isEqualTo(T0.toEpochMilli() + 15L * 24 * 3600 * 1000);
		assertThat(body.getModificationDateLong()).isEqualTo(T0.toEpochMilli());
	}

	@Test
	void errorsSurfaceWithOurCodeAndMessage() throws Exception {
		seedDomain("example.com", null, false);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = SaveSingleTaskForQueryingTransferAuthorizationCodeRequest
			.builder()
			.domainName("example.com")
			.build();
		this.client.saveSingleTaskForQueryingTransferAuthorizationCode(submit).get();
		ExecutionException busy = catchThrowableOfType(ExecutionException.class,
				() -> this.client.saveSingleTaskForQueryingTransferAuthorizationCode(submit).get());
		assertThat(busy.getCause()).isInstanceOf(PopClientException.class);
		PopClientException error = (PopClientException) busy.getCause();
		assertThat(error.getErrCode()).isEqualTo("TaskIsBeingProcessed");
		assertThat(error.getErrMessage())
			.isEqualTo("code: 400, An operation is being processed. Please try again later. request id: "
					+ error.getRequestId());
		assertThat(error.getRequestId()).matches("[0-9A-F-]{36}");

		ExecutionException unknown = catchThrowableOfType(ExecutionException.class,
				() -> this.client
					.queryTransferInByInstanceId(
							QueryTransferInByInstanceIdRequest.builder().instanceId("S20260000000000X").build())
					.get());
		assertThat(unknown.getCause().getMessage()).contains("InvalidInstanceId.NotFound");

		ExecutionException notHeld = catchThrowableOfType(ExecutionException.class,
				() -> this.client
					.saveSingleTaskForQueryingTransferAuthorizationCode(
							SaveSingleTaskForQueryingTransferAuthorizationCodeRequest.builder()
								.domainName("not-held.com")
								.build())
					.get());
		assertThat(notHeld.getCause().getMessage()).contains("DomainNotExist")
			.contains("The domain name does not exist.");
	}

	private String finishedResult(String domainName) throws Exception {
		String taskNo = this.client
			.saveSingleTaskForQueryingTransferAuthorizationCode(
					SaveSingleTaskForQueryingTransferAuthorizationCodeRequest.builder().domainName(domainName).build())
			.get()
			.getBody()
			.getTaskNo();
		advanceSeconds(5);
		return detail(taskNo).getTaskResult();
	}

	private QueryTaskDetailListResponseBody.TaskDetail detail(String taskNo) throws Exception {
		QueryTaskDetailListResponseBody body = this.client
			.queryTaskDetailList(QueryTaskDetailListRequest.builder().taskNo(taskNo).pageNum(1).pageSize(20).build())
			.get()
			.getBody();
		assertThat(body.getTotalItemNum()).isEqualTo(1);
		assertThat(body.getData().getTaskDetail()).hasSize(1);
		return body.getData().getTaskDetail().get(0);
	}

}
