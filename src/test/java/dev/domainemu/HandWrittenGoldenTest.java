package dev.domainemu;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.HandWritten;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Call sequences whose every reply is compared with a file written by hand from the
 * spec's and the original documents' examples ({@code golden/by-hand}): each identifier
 * must turn up where the files say, the TaskNo a submission answers in its task's
 * details, the InstanceId of an ordered transfer-in in its detail and in the list.
 */
@TestPropertySource(properties = GoldenRepliesTest.SEEDED_IDS)
class HandWrittenGoldenTest extends EmulatorTest {

	private static final String AUTH_CODE = "SaveSingleTaskForQueryingTransferAuthorizationCode";

	private final HandWritten expected = new HandWritten();

	@ParameterizedTest
	@ValueSource(strings = { "JSON", "XML" })
	void theAuthorizationCodeIsAskedForAndReadFromTheTasksDetail(String format) {
		seedDomain("example.com", "Ab1#xyz89", false);
		Response submitted = call(format, 200, "Action", AUTH_CODE, "DomainName", "example.com");
		this.expected.assertReply("auth-code-submitted", submitted);
		this.expected.assertReply("auth-code-task-is-being-processed",
				call(format, 400, "Action", AUTH_CODE, "DomainName", "example.com"));
		advanceSeconds(3);
		this.expected.assertReply("auth-code-detail-succeeded", call(format, 200, "Action", "QueryTaskDetailList",
				"TaskNo", this.expected.get("taskNo"), "PageNum", "1", "PageSize", "20"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSON", "XML" })
	void aMissingInstanceIdIsTheDocumentedError(String format) {
		this.expected.assertReply("missing-instance-id", call(format, 400, "Action", "QueryTransferInByInstanceId"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSON", "XML" })
	void aCancelledTransferInReadsAsTheDocumentsExample(String format) {
		this.expected.bind("instanceId", seedTransferIn(Map.of("domainName", "example.com", "status", 50)));
		this.expected.assertReply("transfer-in-cancelled-zh", call(format, 200, "Action", "QueryTransferInByInstanceId",
				"InstanceId", this.expected.get("instanceId"), "Lang", "zh"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSON", "XML" })
	void anOrderedTransferInsInstanceIdShowsOnItsTaskAndInTheList(String format) {
		this.expected.assertReply("order-submitted",
				call(format, 200, "Action", "SaveSingleTaskForCreatingOrderTransfer", "DomainName", "new.com",
						"AuthorizationCode", "Ab1#xyz89", "RegistrantProfileId", "1001"));
		advanceSeconds(3);
		this.expected.assertReply("order-detail-succeeded", call(format, 200, "Action", "QueryTaskDetailList", "TaskNo",
				this.expected.get("taskNo"), "PageNum", "1", "PageSize", "20"));
		this.expected.assertReply("order-transfer-in-list",
				call(format, 200, "Action", "QueryTransferInList", "PageNum", "1", "PageSize", "20"));
		admin().get("/_emulator/transfer-ins/" + this.expected.get("instanceId")).then().statusCode(200);
	}

	private Response call(String format, int status, String... parameters) {
		Map<String, String> all = new LinkedHashMap<>();
		for (int i = 0; i < parameters.length; i += 2) {
			all.put(parameters[i], parameters[i + 1]);
		}
		all.put("Format", format);
		Response response = rpc().queryParams(all).post("/");
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
		return response;
	}

}
