package dev.domainemu.signature;

import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTaskListRequest;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code emulator.signature.mode=log}: a signature that does not hold is logged and
 * journaled with the server's string to sign, and the call goes on.
 */
@TestPropertySource(properties = "emulator.signature.mode=log")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@Isolated
@Order(Integer.MAX_VALUE)
class SignatureLogModeTest extends EmulatorTest {

	@Test
	void aMismatchIsLoggedAndTheCallGoesOn(CapturedOutput output) throws Exception {
		JsonPath account = newAccount();
		QueryTaskListRequest tasks = new QueryTaskListRequest();
		tasks.setPageNum(1);
		tasks.setPageSize(10);
		LegacySdk wrong = new LegacySdk(endpoint(), FormatType.JSON, account.getString("accessKeyId"),
				"not the secret");
		assertThat(wrong.call(tasks).getTotalItemNum()).isZero();
		assertThat(output.getOut()).contains("Signature check failed (SignatureDoesNotMatch)")
			.contains("server string to sign is:POST&%2F&");
		LegacySdk right = new LegacySdk(endpoint(), FormatType.JSON, account.getString("accessKeyId"),
				account.getString("accessKeySecret"));
		int before = output.getOut().split("Signature check failed", -1).length;
		assertThat(right.call(tasks).getTotalItemNum()).isZero();
		assertThat(output.getOut().split("Signature check failed", -1).length).isEqualTo(before);
		List<Map<String, Object>> calls = journalEntries(
				Map.of("accessKeyId", account.getString("accessKeyId"), "action", "QueryTaskList"));
		assertThat(calls).hasSize(2);
		assertThat(calls.get(0).get("httpStatus")).isEqualTo(200);
		assertThat((String) calls.get(0).get("signature")).startsWith("SignatureDoesNotMatch: ")
			.contains("server string to sign is:POST&%2F&");
		assertThat(calls.get(1)).doesNotContainKey("signature");
	}

}
