package dev.domainemu.sdk;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The three actions through the unmodified legacy SDK, in JSON and in XML.
 */
class LegacySdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void authorizationCodeIsReadFromTheTaskDetails(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedDomain("example.com", "Ab1#xyz89Kq7", false);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		String taskNo = sdk.call(submit).getTaskNo();
		assertThat(taskNo).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

		QueryTaskDetailListResponse waiting = sdk.call(LegacySdk.taskDetails(taskNo));
		assertThat(waiting.getTotalItemNum()).isEqualTo(1);
		assertThat(waiting.getData()).singleElement().satisfies((detail) -> {
			assertThat(detail.getTaskNo()).isEqualTo(taskNo);
			assertThat(detail.getDomainName()).isEqualTo("example.com");
			assertThat(detail.getTaskStatus()).isEqualTo("WAITING_EXECUTE");
			assertThat(detail.getTaskStatusCode()).isZero();
			assertThat(detail.getTaskResult()).isNull();
			assertThat(detail.getCreateTime()).isEqualTo("2026-01-15 12:00:00");
		});

		advanceSeconds(10);
		QueryTaskDetailListResponse done = sdk.call(LegacySdk.taskDetails(taskNo));
		assertThat(done.getCurrentPageNum()).isEqualTo(1);
		assertThat(done.getTotalPageNum()).isEqualTo(1);
		assertThat(done.getPrePage()).isFalse();
		assertThat(done.getNextPage()).isFalse();
		assertThat(done.getData()).singleElement().satisfies((detail) -> {
			assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
			assertThat(detail.getTaskStatusCode()).isEqualTo(2);
			assertThat(detail.getTaskResult()).isEqualTo("Ab1#xyz89Kq7");
			assertThat(detail.getTryCount()).isZero();
			assertThat(detail.getTaskType()).isEqualTo("QUERY_TRANSFER_AUTH_CODE");
			assertThat(detail.getUpdateTime()).isEqualTo("2026-01-15 12:00:03");
		});
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void prohibitedDomainFailsItsTask(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedDomain("locked.com", null, true);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("locked.com");
		String taskNo = sdk.call(submit).getTaskNo();
		advanceSeconds(10);
		assertThat(sdk.call(LegacySdk.taskDetails(taskNo)).getData()).singleElement().satisfies((detail) -> {
			assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_FAILURE");
			assertThat(detail.getTaskStatusCode()).isEqualTo(3);
			assertThat(detail.getErrorMsg()).contains("transfer prohibited");
			assertThat(detail.getTaskResult()).isNull();
		});
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void errorsSurfaceAsClientExceptionsWithOurCodeAndMessage(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		seedDomain("example.com", null, false);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		sdk.call(submit);
		ClientException busy = catchThrowableOfType(ClientException.class, () -> sdk.call(submit));
		assertThat(busy).isNotInstanceOf(ServerException.class);
		assertThat(busy.getErrCode()).isEqualTo("TaskIsBeingProcessed");
		assertThat(busy.getErrMsg()).isEqualTo("An operation is being processed. Please try again later.");
		assertThat(busy.getRequestId()).matches("[0-9A-F-]{36}");

		submit.setDomainName("not-held.com");
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(submit)).getErrCode())
			.isEqualTo("DomainNotExist");

		ClientException missing = catchThrowableOfType(ClientException.class,
				() -> sdk.call(new QueryTransferInByInstanceIdRequest()));
		assertThat(missing.getErrCode()).isEqualTo("MissingInstanceId");
		assertThat(missing.getErrMsg()).isEqualTo("InstanceId is mandatory for this action.");

		QueryTransferInByInstanceIdRequest unknown = new QueryTransferInByInstanceIdRequest();
		unknown.setInstanceId("S20260000000000X");
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(unknown)).getErrCode())
			.isEqualTo("InvalidInstanceId.NotFound");

		QueryTaskDetailListRequest badPage = LegacySdk.taskDetails("x");
		badPage.setPageSize(5000);
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(badPage)).getErrCode())
			.isEqualTo("InvalidPageSize");
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void transferInIsReadWithEveryField(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		String instanceId = seedTransferIn(Map.of("domainName", "中文.com", "status", 50, "progressBarType", 1));
		QueryTransferInByInstanceIdRequest request = new QueryTransferInByInstanceIdRequest();
		request.setInstanceId(instanceId);
		request.setLang("zh");
		QueryTransferInByInstanceIdResponse transfer = sdk.call(request);
		assertThat(transfer.getInstanceId()).isEqualTo(instanceId);
		assertThat(transfer.getDomainName()).isEqualTo("中文.com");
		assertThat(transfer.getUserId()).isEqualTo("1000000000000001");
		assertThat(transfer.getEmail()).isEqualTo("admin@中文.com");
		assertThat(transfer.getStatus()).isEqualTo(50);
		assertThat(transfer.getSimpleTransferInStatus()).isEqualTo("FAIL");
		assertThat(transfer.getProgressBarType()).isEqualTo(1);
		assertThat(transfer.getNeedMailCheck()).isTrue();
		assertThat(transfer.getWhoisMailStatus()).isTrue();
		assertThat(transfer.getResultCode()).isEqualTo("clientCancelled");
		assertThat(transfer.getResultMsg()).isEqualTo("您取消了此次域名转入");
		assertThat(transfer.getSubmissionDate()).isEqualTo("2026-01-15 12:00:00");
		assertThat(transfer.getSubmissionDateLong()).isEqualTo(T0.toEpochMilli());
		assertThat(transfer.getExpirationDate()).isEqualTo("2026-01-30 12:00:00");
		assertThat(transfer.getResultDateLong()).isEqualTo(T0.toEpochMilli());
		assertThat(transfer.getModificationDate()).isEqualTo("2026-01-15 12:00:00");
		assertThat(transfer.getTransferAuthorizationCodeSubmissionDate()).isNull();
	}

}
