package dev.domainemu.sdk;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.AcknowledgeTaskResultRequest;
import com.aliyun.sdk.service.domain20180129.models.PollTaskResultRequest;
import com.aliyun.sdk.service.domain20180129.models.PollTaskResultResponseBody;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailHistoryRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailHistoryResponseBody;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskDetailListRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskInfoHistoryRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskInfoHistoryResponseBody;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskListRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTaskListResponseBody;
import com.aliyun.sdk.service.domain20180129.models.SaveBatchTaskForTransferProhibitionLockRequest;
import com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForTransferProhibitionLockRequest;
import com.aliyuncs.domain.model.v20180129.AcknowledgeTaskResultResponse;
import com.aliyuncs.domain.model.v20180129.PollTaskResultResponse;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailHistoryResponse;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.QueryTaskInfoHistoryResponse;
import com.aliyuncs.domain.model.v20180129.QueryTaskListResponse;
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
 * Every task action through the official SDKs: the legacy SDK in JSON and XML and the
 * async SDK in JSON. Three tasks are made through the SDK itself (an auth code that is
 * issued, one that fails because the lock is on, and a batch lock over two domains), then
 * read back through each list, with its cursors, acknowledged, and refused where the
 * input is wrong.
 */
class TaskQueriesSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void theLegacySdkReadsEveryTaskList(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedDomain("example.com", "Ab1#xyz89Kq7", false);
		seedDomain("locked.com", null, true);
		String issued = legacyAuthCode(sdk, "example.com", "203.0.113.7");
		advanceSeconds(1);
		String refused = legacyAuthCode(sdk, "locked.com", null);
		advanceSeconds(5);
		var batch = new com.aliyuncs.domain.model.v20180129.SaveBatchTaskForTransferProhibitionLockRequest();
		batch.setDomainNames(List.of("example.com", "locked.com"));
		batch.setStatus(false);
		String unlock = sdk.call(batch).getTaskNo();

		var list = new com.aliyuncs.domain.model.v20180129.QueryTaskListRequest();
		list.setPageNum(1);
		list.setPageSize(2);
		QueryTaskListResponse tasks = sdk.call(list);
		assertThat(tasks.getTotalItemNum()).isEqualTo(3);
		assertThat(tasks.getTotalPageNum()).isEqualTo(2);
		assertThat(tasks.getNextPage()).isTrue();
		assertThat(tasks.getData()).extracting(QueryTaskListResponse.TaskInfo::getTaskNo)
			.containsExactly(unlock, refused);
		QueryTaskListResponse.TaskInfo newest = tasks.getData().get(0);
		assertThat(newest.getTaskType()).isEqualTo("SET_TRANSFER_PROHIBITED");
		assertThat(newest.getTaskNum()).isEqualTo(2);
		assertThat(newest.getTaskStatus()).isEqualTo("WAITING_EXECUTE");
		assertThat(newest.getTaskStatusCode()).isEqualTo(1);
		assertThat(newest.getTaskCancelStatus()).isEqualTo("INIT");
		assertThat(newest.getTaskCancelStatusCode()).isZero();
		list.setPageNum(2);
		QueryTaskListResponse.TaskInfo oldest = sdk.call(list).getData().get(0);
		assertThat(oldest.getTaskNo()).isEqualTo(issued);
		assertThat(oldest.getTaskStatus()).isEqualTo("COMPLETE");
		assertThat(oldest.getClientip()).isEqualTo("203.0.113.7");
		assertThat(oldest.getCreateTime()).isEqualTo("2026-01-15 12:00:00");

		var history = new com.aliyuncs.domain.model.v20180129.QueryTaskInfoHistoryRequest();
		history.setPageSize(2);
		QueryTaskInfoHistoryResponse first = sdk.call(history);
		assertThat(first.getObjects()).extracting(QueryTaskInfoHistoryResponse.TaskInfoHistory::getTaskNo)
			.containsExactly(unlock, refused);
		assertThat(first.getCurrentPageCursor().getTaskNo()).isEqualTo(unlock);
		assertThat(first.getPrePageCursor().getTaskNo()).isNull();
		assertThat(first.getNextPageCursor().getTaskNo()).isEqualTo(issued);
		history.setTaskNoCursor(first.getNextPageCursor().getTaskNo());
		history.setCreateTimeCursor(first.getNextPageCursor().getCreateTimeLong());
		QueryTaskInfoHistoryResponse second = sdk.call(history);
		assertThat(second.getObjects()).singleElement().satisfies((task) -> {
			assertThat(task.getTaskNo()).isEqualTo(issued);
			assertThat(task.getCreateTimeLong()).isEqualTo(T0.toEpochMilli());
			assertThat(task.getTaskTypeDescription()).isEqualTo("Query transfer authorization code");
		});
		assertThat(second.getPrePageCursor().getTaskNo()).isEqualTo(unlock);
		assertThat(second.getNextPageCursor().getTaskNo()).isNull();

		var detailHistory = new com.aliyuncs.domain.model.v20180129.QueryTaskDetailHistoryRequest();
		detailHistory.setTaskNo(unlock);
		detailHistory.setPageSize(1);
		QueryTaskDetailHistoryResponse firstDetail = sdk.call(detailHistory);
		assertThat(firstDetail.getObjects()).extracting(QueryTaskDetailHistoryResponse.TaskDetailHistory::getDomainName)
			.containsExactly("example.com");
		detailHistory.setDomainNameCursor(firstDetail.getNextPageCursor().getDomainName());
		detailHistory.setTaskDetailNoCursor(firstDetail.getNextPageCursor().getTaskDetailNo());
		QueryTaskDetailHistoryResponse secondDetail = sdk.call(detailHistory);
		assertThat(secondDetail.getObjects()).singleElement().satisfies((detail) -> {
			assertThat(detail.getDomainName()).isEqualTo("locked.com");
			assertThat(detail.getTaskStatus()).isEqualTo("WAITING_EXECUTE");
			assertThat(detail.getTaskStatusCode()).isZero();
			assertThat(detail.getTryCount()).isZero();
		});
		assertThat(secondDetail.getPrePageCursor().getDomainName()).isEqualTo("example.com");

		var poll = new com.aliyuncs.domain.model.v20180129.PollTaskResultRequest();
		poll.setPageNum(1);
		poll.setPageSize(10);
		List<PollTaskResultResponse.TaskDetail> finished = sdk.call(poll).getData();
		assertThat(finished).extracting(PollTaskResultResponse.TaskDetail::getTaskNo).containsExactly(issued, refused);
		assertThat(finished.get(0).getTaskResult()).isEqualTo("Ab1#xyz89Kq7");
		assertThat(finished.get(1).getTaskStatus()).isEqualTo("EXECUTE_FAILURE");
		assertThat(finished.get(1).getErrorMsg()).contains("transfer prohibited");
		var failures = new com.aliyuncs.domain.model.v20180129.PollTaskResultRequest();
		failures.setPageNum(1);
		failures.setPageSize(10);
		failures.setTaskResultStatus(3);
		assertThat(sdk.call(failures).getData()).extracting(PollTaskResultResponse.TaskDetail::getTaskNo)
			.containsExactly(refused);

		var ack = new com.aliyuncs.domain.model.v20180129.AcknowledgeTaskResultRequest();
		ack.setTaskDetailNos(List.of(finished.get(0).getTaskDetailNo(), finished.get(1).getTaskDetailNo()));
		AcknowledgeTaskResultResponse acknowledged = sdk.call(ack);
		assertThat(acknowledged.getResult()).isEqualTo(2);
		assertThat(sdk.call(ack).getResult()).isZero();
		assertThat(sdk.call(poll).getData()).isEmpty();
		advanceSeconds(5);
		assertThat(sdk.call(poll).getData()).extracting(PollTaskResultResponse.TaskDetail::getTaskNo)
			.containsExactly(unlock, unlock);

		var details = new com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest();
		details.setTaskNo(unlock);
		details.setPageNum(1);
		details.setPageSize(10);
		details.setDomainName("locked.com");
		QueryTaskDetailListResponse unlocked = sdk.call(details);
		assertThat(unlocked.getData()).singleElement().satisfies((detail) -> {
			assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
			assertThat(detail.getTaskType()).isEqualTo("SET_TRANSFER_PROHIBITED");
		});
		assertThat(legacyAuthCodeResult(sdk, "locked.com")).isNotBlank();
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void theLegacySdkSurfacesRefusals(FormatType format) {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedDomain("example.com", null, false);
		var list = new com.aliyuncs.domain.model.v20180129.QueryTaskListRequest();
		list.setPageSize(10);
		assertThat(code(() -> sdk.call(list))).isEqualTo("MissingPageNum");
		var history = new com.aliyuncs.domain.model.v20180129.QueryTaskInfoHistoryRequest();
		assertThat(code(() -> sdk.call(history))).isEqualTo("MissingPageSize");
		var detailHistory = new com.aliyuncs.domain.model.v20180129.QueryTaskDetailHistoryRequest();
		detailHistory.setPageSize(10);
		assertThat(code(() -> sdk.call(detailHistory))).isEqualTo("MissingTaskNo");
		var poll = new com.aliyuncs.domain.model.v20180129.PollTaskResultRequest();
		poll.setPageNum(1);
		poll.setPageSize(10);
		poll.setTaskResultStatus(0);
		assertThat(code(() -> sdk.call(poll))).isEqualTo("InvalidTaskResultStatus");
		var ack = new com.aliyuncs.domain.model.v20180129.AcknowledgeTaskResultRequest();
		assertThat(code(() -> sdk.call(ack))).isEqualTo("MissingTaskDetailNo");
		var lock = new com.aliyuncs.domain.model.v20180129.SaveSingleTaskForTransferProhibitionLockRequest();
		lock.setDomainName("example.com");
		assertThat(code(() -> sdk.call(lock))).isEqualTo("MissingStatus");
		lock.setDomainName("not-held.com");
		lock.setStatus(true);
		assertThat(code(() -> sdk.call(lock))).isEqualTo("DomainNotExist");
		lock.setDomainName("example.com");
		assertThat(call(() -> sdk.call(lock).getTaskNo())).isNotBlank();
		assertThat(code(() -> sdk.call(lock))).isEqualTo("TaskIsBeingProcessed");
		var batch = new com.aliyuncs.domain.model.v20180129.SaveBatchTaskForTransferProhibitionLockRequest();
		batch.setStatus(true);
		assertThat(code(() -> sdk.call(batch))).isEqualTo("MissingDomainName");
	}

	@Test
	void theAsyncSdkReadsEveryTaskList() throws Exception {
		seedDomain("example.com", "Ab1#xyz89Kq7", false);
		seedDomain("flaky.com", null, false);
		admin(Map.of("domainName", "retry.com", "registryFailures", 2)).post("/_emulator/domains")
			.then()
			.statusCode(201);
		AsyncClient client = AsyncSdk.client(endpoint());
		try {
			String issued = client
				.saveSingleTaskForQueryingTransferAuthorizationCode(
						SaveSingleTaskForQueryingTransferAuthorizationCodeRequest.builder()
							.domainName("example.com")
							.userClientIp("198.51.100.4")
							.build())
				.get()
				.getBody()
				.getTaskNo();
			String retried = client.saveSingleTaskForQueryingTransferAuthorizationCode(
					SaveSingleTaskForQueryingTransferAuthorizationCodeRequest.builder().domainName("retry.com").build())
				.get()
				.getBody()
				.getTaskNo();
			advanceSeconds(5);
			var retrying = client
				.queryTaskDetailList(
						QueryTaskDetailListRequest.builder().taskNo(retried).pageNum(1).pageSize(10).build())
				.get()
				.getBody()
				.getData()
				.getTaskDetail()
				.get(0);
			assertThat(retrying.getTaskStatus()).isEqualTo("EXECUTING");
			assertThat(retrying.getTryCount()).isEqualTo(2);
			assertThat(retrying.getErrorMsg()).isEqualTo("The registry is temporarily unavailable.");
			String lock = client
				.saveSingleTaskForTransferProhibitionLock(SaveSingleTaskForTransferProhibitionLockRequest.builder()
					.domainName("flaky.com")
					.status(true)
					.build())
				.get()
				.getBody()
				.getTaskNo();
			advanceSeconds(5);
			String batch = client
				.saveBatchTaskForTransferProhibitionLock(SaveBatchTaskForTransferProhibitionLockRequest.builder()
					.domainName(List.of("flaky.com", "example.com"))
					.status(false)
					.build())
				.get()
				.getBody()
				.getTaskNo();

			QueryTaskListResponseBody tasks = client
				.queryTaskList(QueryTaskListRequest.builder()
					.pageNum(1)
					.pageSize(10)
					.beginCreateTime(T0.toEpochMilli())
					.endCreateTime(T0.toEpochMilli())
					.lang("zh")
					.build())
				.get()
				.getBody();
			assertThat(tasks.getTotalItemNum()).isEqualTo(4);
			assertThat(tasks.getData().getTaskInfo()).extracting(QueryTaskListResponseBody.TaskInfo::getTaskNo)
				.containsExactly(batch, lock, retried, issued);
			assertThat(tasks.getData().getTaskInfo().get(3).getClientip()).isEqualTo("198.51.100.4");
			assertThat(tasks.getData().getTaskInfo().get(1).getTaskTypeDescription()).isEqualTo("设置禁止转移锁");

			QueryTaskInfoHistoryResponseBody history = client
				.queryTaskInfoHistory(QueryTaskInfoHistoryRequest.builder().pageSize(3).build())
				.get()
				.getBody();
			assertThat(history.getObjects()).extracting(QueryTaskInfoHistoryResponseBody.Objects::getTaskNo)
				.containsExactly(batch, lock, retried);
			assertThat(history.getNextPageCursor().getTaskNo()).isEqualTo(issued);
			QueryTaskInfoHistoryResponseBody last = client
				.queryTaskInfoHistory(QueryTaskInfoHistoryRequest.builder()
					.pageSize(3)
					.taskNoCursor(history.getNextPageCursor().getTaskNo())
					.createTimeCursor(history.getNextPageCursor().getCreateTimeLong())
					.build())
				.get()
				.getBody();
			assertThat(last.getObjects()).extracting(QueryTaskInfoHistoryResponseBody.Objects::getTaskNo)
				.containsExactly(issued);
			assertThat(last.getPrePageCursor().getTaskNo()).isEqualTo(batch);

			QueryTaskDetailHistoryResponseBody detailHistory = client
				.queryTaskDetailHistory(QueryTaskDetailHistoryRequest.builder().taskNo(batch).pageSize(5).build())
				.get()
				.getBody();
			assertThat(detailHistory.getObjects()).extracting(QueryTaskDetailHistoryResponseBody.Objects::getDomainName)
				.containsExactly("flaky.com", "example.com");
			assertThat(detailHistory.getNextPageCursor().getTaskDetailNo()).isNull();

			advanceSeconds(5);
			PollTaskResultResponseBody finished = client
				.pollTaskResult(PollTaskResultRequest.builder().pageNum(1).pageSize(10).taskResultStatus(2).build())
				.get()
				.getBody();
			assertThat(finished.getData().getTaskDetail())
				.extracting(PollTaskResultResponseBody.TaskDetail::getDomainName)
				.containsExactly("example.com", "retry.com", "flaky.com", "flaky.com", "example.com");
			assertThat(finished.getData().getTaskDetail().get(1).getTryCount()).isEqualTo(2);
			List<String> detailNos = finished.getData()
				.getTaskDetail()
				.stream()
				.map(PollTaskResultResponseBody.TaskDetail::getTaskDetailNo)
				.toList();
			assertThat(
					client.acknowledgeTaskResult(AcknowledgeTaskResultRequest.builder().taskDetailNo(detailNos).build())
						.get()
						.getBody()
						.getResult())
				.isEqualTo(5);
			assertThat(client.pollTaskResult(PollTaskResultRequest.builder().pageNum(1).pageSize(10).build())
				.get()
				.getBody()
				.getTotalItemNum()).isZero();

			ExecutionException busy = catchThrowableOfType(ExecutionException.class, () -> client
				.saveBatchTaskForTransferProhibitionLock(SaveBatchTaskForTransferProhibitionLockRequest.builder()
					.domainName(List.of("example.com", "example.com"))
					.status(true)
					.build())
				.get());
			assertThat(busy.getCause()).isInstanceOf(PopClientException.class);
			assertThat(((PopClientException) busy.getCause()).getErrCode()).isEqualTo("InvalidDomainName.2");
		}
		finally {
			client.close();
		}
	}

	private static String legacyAuthCode(LegacySdk sdk, String domainName, String clientIp) throws ClientException {
		var request = new com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		request.setDomainName(domainName);
		request.setUserClientIp(clientIp);
		return sdk.call(request).getTaskNo();
	}

	/** Asks for the code again once the lock is off, and reads it after the task ran. */
	private String legacyAuthCodeResult(LegacySdk sdk, String domainName) throws ClientException {
		String taskNo = legacyAuthCode(sdk, domainName, null);
		advanceSeconds(5);
		var details = new com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(1);
		return sdk.call(details).getData().get(0).getTaskResult();
	}

	private static String code(ThrowingCall call) {
		return catchThrowableOfType(ClientException.class, call::run).getErrCode();
	}

	private static <T> T call(ThrowingSupplier<T> supplier) {
		try {
			return supplier.get();
		}
		catch (ClientException ex) {
			throw new AssertionError(ex);
		}
	}

	interface ThrowingCall {

		void run() throws ClientException;

	}

	interface ThrowingSupplier<T> {

		T get() throws ClientException;

	}

}
