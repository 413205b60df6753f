package dev.domainemu.parallel;

import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.ConfirmTransferInEmailRequest;
import com.aliyuncs.domain.model.v20180129.ConfirmTransferInEmailResponse;
import com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest;
import com.aliyuncs.domain.model.v20180129.TransferInResendMailTokenRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail verification of transfer-ins that every namespace has under the same name. */
class ParallelMailTokenTest {

	@Test
	void aTokenFromTheOutboxVerifiesTheMailAndTheTransferGoesOn() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String instanceId = namespace.seedTransferIn(Map.of("domainName", "example.com", "status", 11));
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		TransferInResendMailTokenRequest resend = new TransferInResendMailTokenRequest();
		resend.setDomainName("example.com");
		sdk.call(resend);
		TransferInCheckMailTokenRequest check = new TransferInCheckMailTokenRequest();
		check.setToken(namespace.mailToken("example.com"));
		assertThat(sdk.call(check).getSuccessList()).containsExactly("example.com");
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(19);
		namespace.advanceSeconds(2);
		assertThat(sdk.transferIn(instanceId).getStatus()).isIn(20, 39);
	}

	@Test
	void confirmingTheEmailVerifiesOnlyTheAccountsOwnTransfers() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String instanceId = namespace
			.seedTransferIn(Map.of("domainName", "example.com", "status", 11, "email", "owner@example.com"));
		LegacySdk sdk = namespace.sdk(FormatType.XML);
		ConfirmTransferInEmailRequest confirm = new ConfirmTransferInEmailRequest();
		confirm.setDomainNames(List.of("example.com", "other.com"));
		confirm.setEmail("OWNER@example.com");
		ConfirmTransferInEmailResponse confirmed = sdk.call(confirm);
		assertThat(confirmed.getSuccessList()).containsExactly("example.com");
		assertThat(confirmed.getFailList()).containsExactly("other.com");
		assertThat(sdk.transferIn(instanceId).getStatus()).isEqualTo(19);
	}

}
