package dev.domainemu.parallel;

import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTaskListRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A namespace reset again and again while the others work: each time it is empty, its
 * clock back at the start, and it is seeded afresh under the same names.
 */
class ParallelResetTest {

	@RepeatedTest(3)
	void aResetEmptiesTheNamespaceAndItStartsOver() throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		for (int round = 0; round < 3; round++) {
			namespace.freezeAt(Namespace.T0);
			namespace.seedDomain("example.com", null);
			namespace.seedTransferIn(Map.of("domainName", "moving.com", "status", 39));
			SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
			submit.setDomainName("example.com");
			sdk.call(submit);
			namespace.advanceSeconds(30);
			assertThat(tasks(sdk)).isEqualTo(1);
			namespace.reset();
			assertThat(tasks(sdk)).isZero();
			assertThat(namespace.admin().get("/_emulator/transfer-ins").jsonPath().getList("$")).isEmpty();
			assertThat(namespace.admin().get("/_emulator/domains").jsonPath().getList("$")).isEmpty();
		}
	}

	private static int tasks(LegacySdk sdk) throws ClientException {
		QueryTaskListRequest list = new QueryTaskListRequest();
		list.setPageNum(1);
		list.setPageSize(20);
		return sdk.call(list).getTotalItemNum();
	}

}
