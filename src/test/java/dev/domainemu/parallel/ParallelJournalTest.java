package dev.domainemu.parallel;

import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A namespace's journal holds its own calls and changes, dated by its own clock. */
class ParallelJournalTest {

	@Test
	void theJournalShowsTheNamespacesCallsAlone() throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		for (int i = 0; i < 3; i++) {
			assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(submit)).getErrCode())
				.isEqualTo("DomainNotExist");
		}
		List<Map<String, Object>> calls = namespace.admin()
			.queryParam("kind", "call")
			.get("/_emulator/journal")
			.jsonPath()
			.getList("$");
		assertThat(calls).hasSize(3)
			.allSatisfy((call) -> assertThat(call).containsEntry("code", "DomainNotExist")
				.containsEntry("at", "2026-01-15T04:00:00Z"));
		namespace.admin().delete("/_emulator/journal").then().statusCode(204);
		assertThat(namespace.admin().get("/_emulator/journal").jsonPath().getList("$")).isEmpty();
	}

}
