package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCreatingOrderTransferRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static dev.domainemu.parallel.SharedEmulator.admin;
import static dev.domainemu.parallel.SharedEmulator.advanceSeconds;
import static dev.domainemu.parallel.SharedEmulator.domain;
import static dev.domainemu.parallel.SharedEmulator.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Transfer-ins of this class's own domains: a held one that no clock move (its own or
 * another class's) takes further, and one seeded on the way that reaches success.
 */
class ParallelTransferInTest {

	@Test
	void aHeldTransferStaysPutAndBlocksAnotherOrder() throws ClientException {
		String domainName = domain("transfer-held");
		String instanceId = admin(Map.of("domainName", domainName, "status", 20, "progressBarType", 2, "hold", true))
			.post("/_emulator/transfer-ins")
			.then()
			.statusCode(201)
			.extract()
			.path("instanceId");
		LegacySdk sdk = new LegacySdk(endpoint(), FormatType.XML);
		advanceSeconds(3600);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(20);
		SaveSingleTaskForCreatingOrderTransferRequest order = new SaveSingleTaskForCreatingOrderTransferRequest();
		order.setDomainName(domainName);
		order.setAuthorizationCode("Any#1234");
		order.setPermitPremiumTransfer(true);
		order.setRegistrantProfileId(1L);
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(order)).getErrCode())
			.isEqualTo("TaskIsBeingProcessed");
	}

	@Test
	void aTransferSubmittedToTheRegistryEndsInSuccess() throws ClientException {
		String domainName = domain("transfer-registry");
		String instanceId = admin(Map.of("domainName", domainName, "status", 39)).post("/_emulator/transfer-ins")
			.then()
			.statusCode(201)
			.extract()
			.path("instanceId");
		LegacySdk sdk = new LegacySdk(endpoint(), FormatType.JSON);
		advanceSeconds(30);
		QueryTransferInByInstanceIdResponse done = sdk.transferIn(instanceId);
		assertThat(done.getStatus()).isEqualTo(59);
		assertThat(done.getSimpleTransferInStatus()).isEqualTo("SUCCESS");
		admin().get("/_emulator/domains/" + domainName).then().statusCode(200);
	}

}
