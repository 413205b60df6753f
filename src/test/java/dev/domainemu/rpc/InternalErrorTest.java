package dev.domainemu.rpc;

import dev.domainemu.support.EmulatorTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handler that fails unexpectedly is answered with InternalError in the caller's
 * format, and the failure is logged with the RequestId.
 */
@Import(InternalErrorTest.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
@Isolated
@Order(Integer.MAX_VALUE)
class InternalErrorTest extends EmulatorTest {

	@Test
	void unexpectedFailureIsInternalErrorLoggedWithItsRequestId(CapturedOutput output) {
		Response json = rpc().queryParam("Action", "TestOnlyUnimplementedAction")
			.queryParam("Format", "JSON")
			.post("/");
		assertThat(json.statusCode()).isEqualTo(500);
		assertThat(json.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
		assertThat(json.jsonPath().getString("Code")).isEqualTo("InternalError");
		assertThat(json.jsonPath().getString("Message"))
			.isEqualTo("The request processing has failed due to some unknown error, exception or failure.");
		assertThat(json.asString()).doesNotContain("IllegalStateException").doesNotContain("boom");
		String requestId = json.jsonPath().getString("RequestId");
		assertThat(output.getOut() + output.getErr()).contains("InternalError for RequestId " + requestId)
			.contains("boom");

		Response xml = rpc().queryParam("Action", "TestOnlyUnimplementedAction").post("/");
		assertThat(xml.statusCode()).isEqualTo(500);
		assertThat(xml.asString()).contains("<Code>InternalError</Code>");
	}

	@TestConfiguration
	static class Failing {

		/**
		 * A handler that fails, bound to the tests' action of the API that the emulator
		 * does not implement.
		 */
		@Bean
		ActionHandler failForTest() {
			return new ActionHandler() {

				@Override
				public String action() {
					return "TestOnlyUnimplementedAction";
				}

				@Override
				public Object handle(RpcRequest request) {
					throw new IllegalStateException("boom");
				}

			};
		}

	}

}
