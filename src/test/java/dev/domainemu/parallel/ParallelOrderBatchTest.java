package dev.domainemu.parallel;

import java.util.ArrayList;
import java.util.List;

import com.aliyuncs.domain.model.v20180129.SaveBatchTaskForCreatingOrderTransferRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch order of the same ten names in many namespaces at once: each gets its ten. */
class ParallelOrderBatchTest {

	@Test
	void aBatchOrderMakesATransferInPerDomain() throws ClientException {
		Namespace namespace = Namespace.fresh();
		List<SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam> params = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam param = new SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam();
			param.setDomainName("batch-" + i + ".com");
			param.setAuthorizationCode("Ab1#xyz89Kq7");
			param.setRegistrantProfileId(1001L);
			params.add(param);
		}
		SaveBatchTaskForCreatingOrderTransferRequest batch = new SaveBatchTaskForCreatingOrderTransferRequest();
		batch.setOrderTransferParams(params);
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		String taskNo = sdk.call(batch).getTaskNo();
		namespace.advanceSeconds(5);
		assertThat(sdk.call(LegacySdk.taskDetails(taskNo)).getData()).hasSize(10)
			.allSatisfy((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS"));
		assertThat(namespace.admin()
			.queryParam("limit", 100)
			.get("/_emulator/transfer-ins")
			.jsonPath()
			.getList("domainName")).hasSize(10);
	}

}
