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
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The RPC envelope over raw HTTP: how the action, version and format are found, the reply
 * headers, and that no malformed input is answered with a server error.
 */
class ProtocolTest extends EmulatorTest {

	private static final String QUERY = "QueryTransferInByInstanceId";

	@Test
	void defaultFormatIsXml() {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com"));
		Response response = rpc().queryParam("Action", QUERY).queryParam("InstanceId", instanceId).post("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
		assertThat(response.asString())
			.startsWith("<?xml version='1.0' encoding='UTF-8'?><QueryTransferInByInstanceIdResponse><RequestId>"
					+ response.header("x-acs-request-id") + "</RequestId>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSON", "json", "Json", "jSoN" })
	void formatJsonIsCaseInsensitive(String format) {
		Response response = rpc().queryParam("Action", QUERY).queryParam("Format", format).post("/");
		assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
		assertThat(response.jsonPath().getString("Code")).isEqualTo("MissingInstanceId");
	}

	@ParameterizedTest
	@ValueSource(strings = { "XML", "xml", "Xml" })
	void formatXmlIsCaseInsensitive(String format) {
		Response response = rpc().queryParam("Action", QUERY).queryParam("Format", format).post("/");
		assertThat(response.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
		assertThat(response.asString()).contains("<Code>MissingInstanceId</Code>");
	}

	@Test
	void unsupportedFormatIsRefusedInXml() {
		Response response = rpc().queryParam("Action", QUERY).queryParam("Format", "yaml").post("/");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
		assertThat(response.asString()).contains("<Code>InvalidFormat</Code>")
			.contains("<Message>Specified parameter Format is not valid.</Message>");
	}

	@Test
	void getPostQueryAndPostFormGiveTheSameReply() {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com"));
		Map<String, String> parameters = Map.of("Action", QUERY, "InstanceId", instanceId, "Format", "JSON", "Version",
				"2018-01-29");
		Response get = RestAssured.given().port(this.port).queryParams(parameters).get("/");
		Response postQuery = RestAssured.given().port(this.port).queryParams(parameters).post("/");
		Response postForm = RestAssured.given().port(this.port).formParams(parameters).post("/");
		Response mixed = RestAssured.given()
			.port(this.port)
			.queryParam("Action", QUERY)
			.formParams(Map.of("InstanceId", instanceId, "Format", "JSON", "Version", "2018-01-29"))
			.post("/");
		for (Response response : new Response[] { get, postQuery, postForm, mixed }) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.jsonPath().getString("InstanceId")).isEqualTo(instanceId);
			assertThat(withoutRequestId(response)).isEqualTo(withoutRequestId(get));
		}
	}

	@Test
	void actionAndVersionMayComeFromHeaders() {
		String instanceId = seedTransferIn(Map.of("domainName", "example.com"));
		Response response = RestAssured.given()
			.port(this.port)
			.header("x-acs-action", QUERY)
			.header("x-acs-version", "2018-01-29")
			.queryParam("InstanceId", instanceId)
			.queryParam("Format", "JSON")
			.post("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.jsonPath().getString("InstanceId")).isEqualTo(instanceId);
	}

	@Test
	void v3SignedRequestsAreAnsweredInJson() {
		Response response = RestAssured.given()
			.port(this.port)
			.header("x-acs-action", QUERY)
			.header("x-acs-version", "2018-01-29")
			.header("Authorization",
					"ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=x-acs-action;x-acs-version,Signature=00")
			.post("/");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
		assertThat(response.jsonPath().getString("Code")).isEqualTo("MissingInstanceId");
	}

	@Test
	void requestIdHeaderEqualsBodyRequestId() {
		Response response = rpc().queryParam("Action", "Nope").queryParam("Format", "JSON").post("/");
		assertThat(response.header("x-acs-request-id"))
			.matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
			.isEqualTo(response.jsonPath().getString("RequestId"));
	}

	@Test
	void unknownActionIsNotFound() {
		rpc().queryParam("Action", "DescribeInstances")
			.queryParam("Format", "JSON")
			.post("/")
			.then()
			.statusCode(404)
			.body("Code", equalTo("InvalidAction.NotFound"))
			.body("Message", equalTo("Specified api is not found, please check your url and method."))
			.body("HostId", equalTo("domain.aliyuncs.com"));
	}

	@Test
	void versionIsCheckedAndIntlVersionAnswersAsDomainIntl() {
		RestAssured.given()
			.port(this.port)
			.queryParams(Map.of("Action", QUERY, "Format", "JSON", "Version", "2016-05-11"))
			.post("/")
			.then()
			.statusCode(400)
			.body("Code", equalTo("InvalidVersion"));
		RestAssured.given()
			.port(this.port)
			.queryParams(Map.of("Action", QUERY, "Format", "JSON"))
			.post("/")
			.then()
			.statusCode(400)
			.body("Code", equalTo("MissingVersion"));
		String instanceId = seedTransferIn(Map.of("domainName", "example.com"));
		RestAssured.given()
			.port(this.port)
			.queryParams(Map.of("Action", QUERY, "Format", "JSON", "Version", "2017-12-18", "InstanceId", instanceId))
			.post("/")
			.then()
			.statusCode(200)
			.body("InstanceId", equalTo(instanceId));
		RestAssured.given()
			.port(this.port)
			.queryParams(Map.of("Action", QUERY, "Format", "JSON", "Version", "2017-12-18"))
			.post("/")
			.then()
			.statusCode(400)
			.body("HostId", equalTo("domain-intl.aliyuncs.com"));
	}

	@Test
	void missingAndInvalidParametersNameTheParameter() {
		json("QueryTaskDetailList", Map.of("PageNum", "1", "PageSize", "10")).then()
			.statusCode(400)
			.body("Code", equalTo("MissingTaskNo"))
			.body("Message", equalTo("TaskNo is mandatory for this action."));
		json("QueryTaskDetailList", Map.of("TaskNo", "t", "PageNum", "one", "PageSize", "10")).then()
			.statusCode(400)
			.body("Code", equalTo("InvalidPageNum"))
			.body("Message", equalTo("Specified parameter PageNum is not valid."));
		json("QueryTaskDetailList", Map.of("TaskNo", "t", "PageNum", "1", "PageSize", "0")).then()
			.statusCode(400)
			.body("Code", equalTo("InvalidPageSize"));
		json("QueryTaskDetailList", Map.of("TaskNo", "t", "PageNum", "1", "PageSize", "10", "TaskStatus", "4")).then()
			.statusCode(400)
			.body("Code", equalTo("InvalidTaskStatus"));
		json("SaveSingleTaskForQueryingTransferAuthorizationCode", Map.of("DomainName", "a".repeat(256))).then()
			.statusCode(400)
			.body("Code", equalTo("InvalidDomainName"));
		json("SaveSingleTaskForQueryingTransferAuthorizationCode", Map.of("DomainName", "")).then()
			.statusCode(400)
			.body("Code", equalTo("MissingDomainName"));
	}

	@Test
	void langZhGivesChineseMessages() {
		Response response = json(QUERY, Map.of("Lang", "zh"));
		assertThat(response.jsonPath().getString("Message")).isEqualTo("InstanceId 是该接口的必填参数。");
		Response english = json(QUERY, Map.of("Lang", "en"));
		assertThat(english.jsonPath().getString("Message")).isEqualTo("InstanceId is mandatory for this action.");
	}

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

	private static String withoutRequestId(Response response) {
		return response.asString().replace(response.header("x-acs-request-id"), "");
	}

}
