package dev.domainemu.sdk;

import java.util.Map;

import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInListResponseBody;
import com.aliyuncs.domain.model.v20180129.QueryTransferInListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInListResponse;
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
 * QueryTransferInList through both official SDKs.
 */
class TransferInListSdkTest extends EmulatorTest {

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void legacySdkPagesAndFilters(FormatType format) throws ClientException {
		LegacySdk sdk = new LegacySdk(endpoint(), format);
		String first = seedTransferIn(Map.of("domainName", "first.com", "status", 31, "progressBarType", 1));
		advanceSeconds(60);
		String second = seedTransferIn(Map.of("domainName", "second.cn", "status", 50));

		QueryTransferInListRequest all = new QueryTransferInListRequest();
		all.setPageNum(1);
		all.setPageSize(1);
		QueryTransferInListResponse page1 = sdk.call(all);
		assertThat(page1.getTotalItemNum()).isEqualTo(2);
		assertThat(page1.getTotalPageNum()).isEqualTo(2);
		assertThat(page1.getNextPage()).isTrue();
		assertThat(page1.getPrePage()).isFalse();
		assertThat(page1.getData()).singleElement().satisfies((transfer) -> {
			assertThat(transfer.getInstanceId()).isEqualTo(second);
			assertThat(transfer.getStatus()).isEqualTo(50);
			assertThat(transfer.getSimpleTransferInStatus()).isEqualTo("FAIL");
			assertThat(transfer.getResultCode()).isEqualTo("clientCancelled");
			assertThat(transfer.getSubmissionDate()).isEqualTo("2026-01-15 12:01:00");
			assertThat(transfer.getSubmissionDateLong()).isEqualTo(T0.toEpochMilli() + 60_000);
		});
		all.setPageNum(2);
		QueryTransferInListResponse page2 = sdk.call(all);
		assertThat(page2.getPrePage()).isTrue();
		assertThat(page2.getNextPage()).isFalse();
		assertThat(page2.getData()).singleElement().satisfies((transfer) -> {
			assertThat(transfer.getInstanceId()).isEqualTo(first);
			assertThat(transfer.getSimpleTransferInStatus()).isEqualTo("PASSWORD_VERIFICATION");
			assertThat(transfer.getProgressBarType()).isEqualTo(1);
			assertThat(transfer.getNeedMailCheck()).isTrue();
			assertThat(transfer.getUserId()).isEqualTo("1000000000000001");
		});

		QueryTransferInListRequest filtered = new QueryTransferInListRequest();
		filtered.setPageNum(1);
		filtered.setPageSize(20);
		filtered.setSimpleTransferInStatus("PASSWORD_VERIFICATION");
		filtered.setDomainName("fir");
		assertThat(sdk.call(filtered).getData()).extracting(QueryTransferInListResponse.TransferInInfo::getDomainName)
			.containsExactly("first.com");

		filtered.setDomainName("nothing-matches");
		QueryTransferInListResponse none = sdk.call(filtered);
		assertThat(none.getTotalItemNum()).isZero();
		assertThat(none.getTotalPageNum()).isZero();
		assertThat(none.getData()).isEmpty();

		QueryTransferInListRequest missing = new QueryTransferInListRequest();
		missing.setPageSize(20);
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(missing)).getErrCode())
			.isEqualTo("MissingPageNum");
	}

	@Test
	void asyncSdkReadsTheList() throws Exception {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com", "status", 39, "progressBarType", 3));
		try (AsyncClient client = AsyncSdk.client(endpoint())) {
			QueryTransferInListResponseBody body = client
				.queryTransferInList(com.aliyun.sdk.service.domain20180129.models.QueryTransferInListRequest.builder()
					.pageNum(1)
					.pageSize(10)
					.build())
				.get()
				.getBody();
			assertThat(body.getTotalItemNum()).isEqualTo(1);
			assertThat(body.getData().getTransferInInfo()).singleElement().satisfies((transfer) -> {
				assertThat(transfer.getInstanceId()).isEqualTo(instanceId);
				assertThat(transfer.getStatus()).isEqualTo(39);
				assertThat(transfer.getSimpleTransferInStatus()).isEqualTo("PENDING");
				assertThat(transfer.getNeedMailCheck()).isFalse();
				assertThat(transfer.getTransferAuthorizationCodeSubmissionDateLong()).isEqualTo(T0.toEpochMilli());
			});
		}
	}

}
