package dev.domainemu.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import dev.domainemu.support.EmulatorTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RPC envelope over raw HTTP, where it takes a real server and the real services: no
 * malformed input is answered with a server error, other methods and paths get the
 * envelope too, and Chinese names travel as raw UTF-8. The rest of the envelope is
 * {@link EnvelopeTest}, on the RPC slice.
 */
class ProtocolTest extends EmulatorTest {

	private static final String QUERY = "QueryTransferInByInstanceId";

	@Test
	void chineseDomainNamesTravelAsRawUtf8() {
		seedDomain("中文.com", null, false);
		String taskNo = json("SaveSingleTaskForQueryingTransferAuthorizationCode", Map.of("DomainName", "中文.com"))
			.then()
			.statusCode(200)
			.extract()
			.path("TaskNo");
		Response response = json("QueryTaskDetailList",
				Map.of("TaskNo", taskNo, "PageNum", "1", "PageSize", "10", "DomainName", "中文.com", "Lang", "zh"));
		byte[] bytes = response.asByteArray();
		String body = new String(bytes, StandardCharsets.UTF_8);
		assertThat(body).contains("\"DomainName\":\"中文.com\"").contains("获取域名转移密码").doesNotContain("\\u");
	}

	static Stream<Arguments> malformedInputs() {
		return Stream.of(Arguments.of("PageNum not a number", "QueryTaskDetailList", "TaskNo=t&PageNum=abc&PageSize=1"),
				Arguments.of("PageNum negative", "QueryTaskDetailList", "TaskNo=t&PageNum=-1&PageSize=1"),
				Arguments.of("PageNum beyond long", "QueryTaskDetailList",
						"TaskNo=t&PageNum=99999999999999999999999&PageSize=1"),
				Arguments.of("PageNum beyond int", "QueryTaskDetailList", "TaskNo=t&PageNum=4294967296&PageSize=1"),
				Arguments.of("PageNum huge page", "QueryTaskDetailList", "TaskNo=t&PageNum=2147483647&PageSize=1000"),
				Arguments.of("PageSize decimal", "QueryTaskDetailList", "TaskNo=t&PageNum=1&PageSize=1.5"),
				Arguments.of("TaskStatus text", "QueryTaskDetailList", "TaskNo=t&PageNum=1&PageSize=1&TaskStatus=x"),
				Arguments.of("TaskNo too long", "QueryTaskDetailList",
						"TaskNo=" + "t".repeat(500) + "&PageNum=1&PageSize=1"),
				Arguments.of("TaskNo with control", "QueryTaskDetailList", "TaskNo=a%00b&PageNum=1&PageSize=1"),
				Arguments.of("DomainName with space", "SaveSingleTaskForQueryingTransferAuthorizationCode",
						"DomainName=a%20b.com"),
				Arguments.of("DomainName empty label", "SaveSingleTaskForQueryingTransferAuthorizationCode",
						"DomainName=a..com"),
				Arguments.of("DomainName slash", "SaveSingleTaskForQueryingTransferAuthorizationCode",
						"DomainName=a/b.com"),
				Arguments.of("DomainName huge", "SaveSingleTaskForQueryingTransferAuthorizationCode",
						"DomainName=" + "x".repeat(5000)),
				Arguments.of("DomainName newline", "SaveSingleTaskForQueryingTransferAuthorizationCode",
						"DomainName=a%0Ab.com"),
				Arguments.of("InstanceId quotes", QUERY, "InstanceId=%27%22%3C%3E"),
				Arguments.of("InstanceId sql", QUERY, "InstanceId=x%27%20OR%20%271%27=%271"),
				Arguments.of("InstanceId too long", QUERY, "InstanceId=" + "S".repeat(65)),
				Arguments.of("bad percent encoding", QUERY, "InstanceId=%zz%"),
				Arguments.of("invalid UTF-8", QUERY, "InstanceId=%FF%FE"),
				Arguments.of("empty action", "", "InstanceId=x"),
				Arguments.of("action with symbols", "%3Cscript%3E", ""),
				Arguments.of("UserClientIp too long", QUERY, "InstanceId=x&UserClientIp=" + "1".repeat(100)),
				Arguments.of("UserClientIp on auth code", "SaveSingleTaskForQueryingTransferAuthorizationCode",
						"DomainName=x.com&UserClientIp=" + "1".repeat(100)),
				Arguments.of("repeated parameter", QUERY, "InstanceId=a&InstanceId=b"),
				Arguments.of("Lang unknown", QUERY, "Lang=xx"), Arguments.of("Format unknown", QUERY, "Format=csv"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedInputs")
	void malformedInputNeverGivesAServerError(String name, String action, String query) throws IOException {
		String url = "http://127.0.0.1:" + this.port + "/?Version=2018-01-29&Format=JSON&Action=" + action
				+ (query.isEmpty() ? "" : "&" + query);
		HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
		connection.setRequestMethod("POST");
		int status = connection.getResponseCode();
		InputStream stream = (status >= 400) ? connection.getErrorStream() : connection.getInputStream();
		String body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		assertThat(status).as(body).isBetween(200, 499);
		if (status >= 400) {
			assertThat(connection.getHeaderField("x-acs-request-id")).isNotBlank();
			assertThat(body).containsAnyOf("\"Code\":\"", "<Code>")
				.doesNotContain("Exception")
				.doesNotContain("at dev.");
		}
	}

	@Test
	void otherMethodsAndPathsGetTheEnvelopeToo() {
		Response put = RestAssured.given().port(this.port).put("/?Action=" + QUERY);
		assertThat(put.statusCode()).isEqualTo(404);
		assertThat(put.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
		assertThat(put.asString()).contains("<Code>InvalidAction.NotFound</Code>");
		Response path = RestAssured.given().port(this.port).get("/some/where");
		assertThat(path.statusCode()).isEqualTo(404);
		assertThat(path.asString()).contains("<Code>InvalidAction.NotFound</Code>");
		Response json = RestAssured.given()
			.port(this.port)
			.contentType("application/json")
			.body("{\"Action\":\"x\"")
			.post("/?Format=JSON&Version=2018-01-29&Action=" + QUERY);
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.jsonPath().getString("Code")).isEqualTo("MissingInstanceId");
	}

	private Response json(String action, Map<String, String> parameters) {
		return rpc().queryParam("Action", action).queryParam("Format", "JSON").queryParams(parameters).post("/");
	}

}
