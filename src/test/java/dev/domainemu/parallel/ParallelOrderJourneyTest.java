package dev.domainemu.parallel;

import com.aliyuncs.domain.model.v20180129.QueryTransferInListRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCreatingOrderTransferRequest;
import com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An order of example.com, in every namespace at once, from the task to success. */
class ParallelOrderJourneyTest {

	@Test
	void anOrderedTransferGoesThroughMailVerificationToSuccess() throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		SaveSingleTaskForCreatingOrderTransferRequest order = new SaveSingleTaskForCreatingOrderTransferRequest();
		order.setDomainName("example.com");
		order.setAuthorizationCode("Ab1#xyz89Kq7");
		order.setRegistrantProfileId(1001L);
		String taskNo = sdk.call(order).getTaskNo();
		namespace.advanceSeconds(5);
		String instanceId = namespace.detail(sdk, taskNo).getInstanceId();
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(11);
		TransferInCheckMailTokenRequest check = new TransferInCheckMailTokenRequest();
		check.setToken(namespace.mailToken("example.com"));
		assertThat(sdk.call(check).getSuccessList()).containsExactly("example.com");
		namespace.advanceSeconds(2);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(39);
		namespace.advanceSeconds(20);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(59);
		QueryTransferInListRequest list = new QueryTransferInListRequest();
		list.setPageNum(1);
		list.setPageSize(20);
		assertThat(sdk.call(list).getData()).singleElement()
			.satisfies((transfer) -> assertThat(transfer.getInstanceId()).isEqualTo(instanceId));
		namespace.admin().get("/_emulator/domains/example.com").then().statusCode(200);
		assertThat(namespace.admin()
			.queryParam("kind", "transition")
			.queryParam("instanceId", instanceId)
			.get("/_emulator/journal")
			.jsonPath()
			.getList("to", String.class)).contains("11", "19", "39", "59");
	}

	@Test
	void anOrderOfADomainTheAccountHoldsFails() throws ClientException {
		Namespace namespace = Namespace.fresh();
		namespace.seedDomain("example.com", null);
		SaveSingleTaskForCreatingOrderTransferRequest order = new SaveSingleTaskForCreatingOrderTransferRequest();
		order.setDomainName("example.com");
		order.setAuthorizationCode("Ab1#xyz89Kq7");
		order.setRegistrantProfileId(1001L);
		LegacySdk sdk = namespace.sdk(FormatType.XML);
		String taskNo = sdk.call(order).getTaskNo();
		namespace.advanceSeconds(5);
		assertThat(namespace.detail(sdk, taskNo)).satisfies((detail) -> {
			assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_FAILURE");
			assertThat(detail.getErrorMsg()).isEqualTo("This domain name is already in your account.");
		});
	}

}
