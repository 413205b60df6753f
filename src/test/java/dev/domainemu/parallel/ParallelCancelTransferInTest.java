package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCancelingTransferInRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A transfer-in cancelled in its namespace, while other namespaces' stay open. */
class ParallelCancelTransferInTest {

	@Test
	void aCancelledTransferInEndsCancelled() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String instanceId = namespace
			.seedTransferIn(Map.of("domainName", "example.com", "status", 20, "progressBarType", 2, "hold", true));
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		SaveSingleTaskForCancelingTransferInRequest cancel = new SaveSingleTaskForCancelingTransferInRequest();
		cancel.setDomainName("example.com");
		String taskNo = sdk.call(cancel).getTaskNo();
		namespace.advanceSeconds(5);
		assertThat(namespace.detail(sdk, taskNo).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(50);
		assertThat(sdk.transferIn(instanceId).getSimpleTransferInStatus()).isEqualTo("FAIL");
	}

}
