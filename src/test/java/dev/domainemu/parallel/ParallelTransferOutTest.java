package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTransferOutInfoRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferOutInfoResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForApprovingTransferOutRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCancelingTransferOutRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transfer-out of a name every namespace holds, approved in one test, cancelled in the
 * other.
 */
class ParallelTransferOutTest {

	@Test
	void anApprovedTransferOutTakesTheDomainAway() throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = start(namespace);
		namespace.advanceSeconds(70);
		assertThat(info(sdk).getStatus()).isEqualTo(4);
		assertThat(info(sdk).getPendingRequestDate()).isEqualTo("2026-01-15 12:01:07");
		SaveSingleTaskForApprovingTransferOutRequest approve = new SaveSingleTaskForApprovingTransferOutRequest();
		approve.setDomainName("example.com");
		String taskNo = sdk.call(approve).getTaskNo();
		namespace.advanceSeconds(5);
		assertThat(namespace.detail(sdk, taskNo).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		assertThat(info(sdk).getStatus()).isEqualTo(5);
		namespace.admin().get("/_emulator/domains/example.com").then().statusCode(404);
	}

	@Test
	void aCancelledTransferOutKeepsTheDomain() throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = start(namespace);
		namespace.advanceSeconds(70);
		SaveSingleTaskForCancelingTransferOutRequest cancel = new SaveSingleTaskForCancelingTransferOutRequest();
		cancel.setDomainName("example.com");
		String taskNo = sdk.call(cancel).getTaskNo();
		namespace.advanceSeconds(5);
		assertThat(namespace.detail(sdk, taskNo).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		QueryTransferOutInfoResponse rejected = info(sdk);
		assertThat(rejected.getStatus()).isEqualTo(8);
		assertThat(rejected.getResultCode()).isEqualTo("clientRejected");
		namespace.admin().get("/_emulator/domains/example.com").then().statusCode(200);
	}

	private static LegacySdk start(Namespace namespace) throws ClientException {
		namespace.admin(Map.of("domainName", "example.com", "email", "owner@example.com"))
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest code = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		code.setDomainName("example.com");
		sdk.call(code);
		return sdk;
	}

	private static QueryTransferOutInfoResponse info(LegacySdk sdk) throws ClientException {
		QueryTransferOutInfoRequest request = new QueryTransferOutInfoRequest();
		request.setDomainName("example.com");
		return sdk.call(request);
	}

}
