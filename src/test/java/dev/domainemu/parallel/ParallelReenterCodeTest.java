package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.TransferInReenterTransferAuthorizationCodeRequest;
import com.aliyuncs.domain.model.v20180129.TransferInRefetchWhoisEmailRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong code re-entered as the losing registrar of the namespace's own world knows it,
 * and a WHOIS address looked up again there.
 */
class ParallelReenterCodeTest {

	@Test
	void theRegistrarsCodeSendsTheTransferToTheRegistryAndOnToSuccess() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String code = namespace.seedRegistrarCode("example.com");
		String instanceId = namespace.seedTransferIn(Map.of("domainName", "example.com", "status", 31));
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		TransferInReenterTransferAuthorizationCodeRequest wrong = new TransferInReenterTransferAuthorizationCodeRequest();
		wrong.setDomainName("example.com");
		wrong.setTransferAuthorizationCode("Reg#another1");
		sdk.call(wrong);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(31);
		TransferInReenterTransferAuthorizationCodeRequest right = new TransferInReenterTransferAuthorizationCodeRequest();
		right.setDomainName("example.com");
		right.setTransferAuthorizationCode(code);
		sdk.call(right);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(39);
		namespace.advanceSeconds(20);
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(59);
	}

	@Test
	void aWhoisAddressIsLookedUpAgainInTheNamespacesWorld() throws ClientException {
		Namespace namespace = Namespace.fresh();
		namespace.seedTransferIn(Map.of("domainName", "example.com", "status", 11, "whoisMailStatus", false));
		String address = "owner-" + namespace.accessKeyId().substring(4, 12).toLowerCase() + "@example.com";
		namespace.admin(Map.of("domainName", "example.com", "whoisEmail", address))
			.post("/_emulator/registrar-domains")
			.then()
			.statusCode(201);
		TransferInRefetchWhoisEmailRequest refetch = new TransferInRefetchWhoisEmailRequest();
		refetch.setDomainName("example.com");
		namespace.sdk(FormatType.XML).call(refetch);
		assertThat(namespace.admin()
			.queryParam("domainName", "example.com")
			.get("/_emulator/outbox")
			.jsonPath()
			.getList("email")).containsExactly(address);
	}

}
