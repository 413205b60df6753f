package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCreatingOrderTransferRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Transfer-ins of one domain name in many namespaces at once: a held one no clock move
 * takes further, and one seeded on the way that reaches success on its account's clock.
 */
class ParallelTransferInTest {

	@Test
	void aHeldTransferStaysPutAndBlocksAnotherOrder() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String instanceId = namespace
			.seedTransferIn(Map.of("domainName", "example.com", "status", 20, "progressBarType", 2, "hold", true));
		LegacySdk sdk = namespace.sdk(FormatType.XML);
		namespace.advanceSeconds(3600);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(20);
		SaveSingleTaskForCreatingOrderTransferRequest order = new SaveSingleTaskForCreatingOrderTransferRequest();
		order.setDomainName("example.com");
		order.setAuthorizationCode("Any#1234");
		order.setPermitPremiumTransfer(true);
		order.setRegistrantProfileId(1L);
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(order)).getErrCode())
			.isEqualTo("TaskIsBeingProcessed");
	}

	@Test
	void aTransferSubmittedToTheRegistryEndsInSuccess() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String instanceId = namespace.seedTransferIn(Map.of("domainName", "example.com", "status", 39));
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		namespace.advanceSeconds(30);
		QueryTransferInByInstanceIdResponse done = sdk.transferIn(instanceId);
		assertThat(done.getStatus()).isEqualTo(59);
		assertThat(done.getSimpleTransferInStatus()).isEqualTo("SUCCESS");
		assertThat(done.getResultDate()).isEqualTo("2026-01-15 12:00:20");
		namespace.admin().get("/_emulator/domains/example.com").then().statusCode(200);
	}

}
