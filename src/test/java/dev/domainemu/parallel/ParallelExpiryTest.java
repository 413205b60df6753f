package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A transfer-in left waiting expires when its namespace's clock passes fifteen days. */
class ParallelExpiryTest {

	@Test
	void aWaitingTransferInExpiresOnItsNamespacesClock() throws ClientException {
		Namespace namespace = Namespace.fresh();
		String instanceId = namespace.seedTransferIn(Map.of("domainName", "example.com", "status", 11));
		namespace.advanceSeconds(14 * 86_400);
		assertThat(namespace.sdk(FormatType.JSON).transferIn(instanceId).getStatus()).isEqualTo(11);
		namespace.advanceSeconds(2 * 86_400);
		QueryTransferInByInstanceIdResponse expired = namespace.sdk(FormatType.XML).transferIn(instanceId);
		assertThat(expired.getStatus()).isEqualTo(52);
		assertThat(expired.getResultCode()).isEqualTo("transferExpired");
		assertThat(expired.getResultDate()).isEqualTo("2026-01-30 12:00:00");
	}

}
