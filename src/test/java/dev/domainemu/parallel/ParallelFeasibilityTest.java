package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.CheckTransferInFeasibilityRequest;
import com.aliyuncs.domain.model.v20180129.CheckTransferInFeasibilityResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The losing registrar of each namespace's world: a lock or a code seeded in one decides
 * its feasibility checks alone.
 */
class ParallelFeasibilityTest {

	@Test
	void aLockSeededInTheNamespaceProhibitsItsTransferAlone() throws ClientException {
		Namespace locked = Namespace.fresh();
		locked.admin(Map.of("domainName", "example.com", "transferProhibited", true))
			.post("/_emulator/registrar-domains")
			.then()
			.statusCode(201);
		Namespace open = Namespace.fresh();
		assertThat(check(locked.sdk(FormatType.JSON), null).getCanTransfer()).isFalse();
		assertThat(check(open.sdk(FormatType.JSON), null).getCanTransfer()).isTrue();
	}

	@Test
	void aCodeSeededInTheNamespaceIsTheOneItChecksAgainst() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String code = namespace.seedRegistrarCode("example.com");
		LegacySdk sdk = namespace.sdk(FormatType.XML);
		assertThat(check(sdk, code).getCanTransfer()).isTrue();
		CheckTransferInFeasibilityResponse wrong = check(sdk, "Reg#another1");
		assertThat(wrong.getCanTransfer()).isFalse();
		assertThat(wrong.getCode()).isEqualTo("CheckTransferResult.AuthorizationCodeIncorrect");
	}

	private static CheckTransferInFeasibilityResponse check(LegacySdk sdk, String code) throws ClientException {
		CheckTransferInFeasibilityRequest request = new CheckTransferInFeasibilityRequest();
		request.setDomainName("example.com");
		if (code != null) {
			request.setTransferAuthorizationCode(code);
		}
		return sdk.call(request);
	}

}
