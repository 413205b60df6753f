package dev.domainemu.parallel;

import java.time.Instant;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A namespace's clock is its own: set back and forth, let run and frozen again, while
 * every other test moves its own; the replies are dated by it.
 */
class ParallelClockTest {

	@Test
	void theClockGoesWhereTheNamespaceSetsItForwardOrBack() throws ClientException {
		Namespace namespace = Namespace.fresh();
		namespace.freezeAt(Instant.parse("2030-06-01T00:00:00Z"));
		assertThat(namespace.now()).isEqualTo(Instant.parse("2030-06-01T00:00:00Z"));
		namespace.freezeAt(Instant.parse("2020-01-01T00:00:00Z"));
		assertThat(namespace.now()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
		namespace.advanceSeconds(86_400);
		assertThat(namespace.now()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
		namespace.seedDomain("example.com", "Ab1#xyz89Kq7");
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		String taskNo = sdk.call(submit).getTaskNo();
		namespace.advanceSeconds(3);
		assertThat(namespace.detail(sdk, taskNo).getUpdateTime()).isEqualTo("2020-01-02 08:00:03");
		// with a task stored, the clock no longer goes back
		namespace.admin(Map.of("now", "2019-01-01T00:00:00Z"))
			.put("/_emulator/clock")
			.then()
			.statusCode(409)
			.body("field", equalTo("now"));
	}

	@Test
	void aRunningClockRunsAndFreezesWhereItStands() {
		Namespace namespace = Namespace.fresh();
		namespace.admin(Map.of("frozen", false)).put("/_emulator/clock").then().body("frozen", equalTo(false));
		Instant running = namespace.now();
		assertThat(running).isAfterOrEqualTo(Namespace.T0).isBefore(Namespace.T0.plusSeconds(60));
		namespace.admin(Map.of("frozen", true)).put("/_emulator/clock").then().body("frozen", equalTo(true));
		Instant frozen = namespace.now();
		assertThat(namespace.now()).isEqualTo(frozen);
		namespace.reset();
		namespace.admin().get("/_emulator/clock").then().body("frozen", equalTo(false));
	}

}
