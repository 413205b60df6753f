package dev.domainemu.docs;

import java.util.Map;

import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdResponseBody;
import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java examples the docs include run against the emulator and do what the docs say.
 */
class DocsJavaExamplesTest extends EmulatorTest {

	@Test
	void theLegacySdkReadsTheAuthorizationCode() throws Exception {
		assertThat(ReadAuthCode.readAuthCode(endpoint())).isEqualTo("Ab1#xyz89Kq7");
	}

	@Test
	void theAsyncSdkReadsATransferIn() throws Exception {
		String instanceId = seedTransferIn(Map.of("domainName", "async.com", "status", 20));
		QueryTransferInByInstanceIdResponseBody body = AsyncQuery.transferIn(endpoint(), instanceId);
		assertThat(body.getDomainName()).isEqualTo("async.com");
		assertThat(body.getStatus()).isEqualTo(20);
	}

	@Test
	void theWorkedExampleEndsInSuccess() throws Exception {
		assertThat(OrderTransferIn.transferIn(endpoint())).isEqualTo(59);
	}

}
