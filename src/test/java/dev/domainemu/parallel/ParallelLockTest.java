package dev.domainemu.parallel;

import java.util.List;

import com.aliyuncs.domain.model.v20180129.SaveBatchTaskForTransferProhibitionLockRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForTransferProhibitionLockRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Lock tasks, single and batch, on names every namespace holds. */
class ParallelLockTest {

	@Test
	void aLockTaskLocksTheAccountsOwnDomain() throws ClientException {
		Namespace namespace = Namespace.fresh();
		namespace.seedDomain("example.com", null);
		LegacySdk sdk = namespace.sdk(FormatType.XML);
		SaveSingleTaskForTransferProhibitionLockRequest lock = new SaveSingleTaskForTransferProhibitionLockRequest();
		lock.setDomainName("example.com");
		lock.setStatus(true);
		String taskNo = sdk.call(lock).getTaskNo();
		namespace.advanceSeconds(5);
		assertThat(namespace.detail(sdk, taskNo).getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		namespace.admin()
			.get("/_emulator/domains/example.com")
			.then()
			.statusCode(200)
			.body("transferProhibited", equalTo(true));
	}

	@Test
	void aBatchLockFailsForTheDomainsTheAccountDoesNotHold() throws ClientException {
		Namespace namespace = Namespace.fresh();
		namespace.seedDomain("example.com", null);
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		SaveBatchTaskForTransferProhibitionLockRequest batch = new SaveBatchTaskForTransferProhibitionLockRequest();
		batch.setDomainNames(List.of("example.com", "elsewhere.com"));
		batch.setStatus(true);
		String taskNo = sdk.call(batch).getTaskNo();
		namespace.advanceSeconds(5);
		assertThat(sdk.call(LegacySdk.taskDetails(taskNo)).getData())
			.extracting((detail) -> detail.getDomainName() + " " + detail.getTaskStatus())
			.containsExactlyInAnyOrder("example.com EXECUTE_SUCCESS", "elsewhere.com EXECUTE_FAILURE");
	}

}
