package dev.domainemu.sdk;

import java.util.Map;

import com.aliyun.sdk.gateway.pop.exception.PopClientException;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCancelingTransferInRequest;
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
 * SaveSingleTaskForCancelingTransferIn through both official SDKs: the task carries the
 * instance, and when it has run the transfer-in is cancelled.
 */
class CancelTransferInSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void cancellingMovesTheTransferInToFifty(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 21, "progressBarType", 2));
		SaveSingleTaskForCancelingTransferInRequest cancel = new SaveSingleTaskForCancelingTransferInRequest();
		cancel.setDomainName("example.com");
		String taskNo = sdk.call(cancel).getTaskNo();

		ClientException busy = catchThrowableOfType(ClientException.class, () -> sdk.call(cancel));
		assertThat(busy.getErrCode()).isEqualTo("TaskIsBeingProcessed");
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(21);

		advanceSeconds(3);
		QueryTaskDetailListRequest details = new QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(10);
		QueryTaskDetailListResponse detail = sdk.call(details);
		assertThat(detail.getData()).singleElement().satisfies((item) -> {
			assertThat(item.getInstanceId()).isEqualTo(instanceId);
			assertThat(item.getTaskType()).isEqualTo("CANCEL_TRANSFER_IN");
			assertThat(item.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		});
		QueryTransferInByInstanceIdResponse cancelled = sdk.transferIn(instanceId);
		assertThat(cancelled.getStatus()).isEqualTo(50);
		assertThat(cancelled.getSimpleTransferInStatus()).isEqualTo("FAIL");
		assertThat(cancelled.getResultCode()).isEqualTo("clientCancelled");
		assertThat(cancelled.getResultDate()).isEqualTo("2026-01-15 12:00:03");
		assertThat(cancelled.getModificationDate()).isEqualTo("2026-01-15 12:00:03");

		ClientException ended = catchThrowableOfType(ClientException.class, () -> sdk.call(cancel));
		assertThat(ended.getErrCode()).isEqualTo("DomainTransferPendingNotExist");
	}

	@Test
	void asyncSdkCancels() throws Exception {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 10));
		try (AsyncClient client = AsyncSdk.client(endpoint())) {
			String taskNo = client.saveSingleTaskForCancelingTransferIn(
					com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForCancelingTransferInRequest.builder()
						.domainName("example.com")
						.build())
				.get()
				.getBody()
				.getTaskNo();
			assertThat(taskNo).hasSize(36);
			advanceSeconds(3);
			assertThat(AsyncSdk.transferIn(client, instanceId).getStatus()).isEqualTo(50);
			Throwable none = catchThrowableOfType(Exception.class, () -> client.saveSingleTaskForCancelingTransferIn(
					com.aliyun.sdk.service.domain20180129.models.SaveSingleTaskForCancelingTransferInRequest.builder()
						.domainName("example.com")
						.build())
				.get()).getCause();
			assertThat(none).isInstanceOf(PopClientException.class);
			assertThat(((PopClientException) none).getErrCode()).isEqualTo("DomainTransferPendingNotExist");
		}
	}

}
