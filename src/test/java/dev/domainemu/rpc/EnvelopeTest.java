package dev.domainemu.rpc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.domainemu.transferin.TransferInQueries;
import dev.domainemu.transferin.TransferInRecord;
import dev.domainemu.transferin.TransferInStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * The RPC envelope on the RPC slice: how the action, version and format are found, the
 * reply headers and envelope, and the handlers' parameter checks, with the transfer-in
 * the services would have found given by a mock.
 */
@RpcSlice
class EnvelopeTest {

	private static final String QUERY = "QueryTransferInByInstanceId";

	private static final String INSTANCE_ID = "S2026ABCDEFGHIJK";

	private static final Instant T0 = Instant.parse("2026-01-15T04:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TransferInQueries transfers;

	private void transferInExists() {
		given(this.transfers.get(any(), eq(INSTANCE_ID)))
			.willReturn(new TransferInRecord(INSTANCE_ID, "1000000000000001", "example.com", "admin@example.com", true,
					true, 0, TransferInStatus.INITIAL, null, T0, T0, T0.plusSeconds(15 * 86400), null, null, false));
	}

	@Test
	void defaultFormatIsXml() throws Exception {
		transferInExists();
		MockHttpServletResponse response = call(HttpMethod.POST,
				"Version=2018-01-29&Action=" + QUERY + "&InstanceId=" + INSTANCE_ID);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/xml;charset=utf-8");
		assertThat(body(response))
			.startsWith("<?xml version='1.0' encoding='UTF-8'?><QueryTransferInByInstanceIdResponse><RequestId>"
					+ response.getHeader("x-acs-request-id") + "</RequestId><InstanceId>" + INSTANCE_ID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSON", "json", "Json", "jSoN" })
	void formatJsonIsCaseInsensitive(String format) throws Exception {
		MockHttpServletResponse response = call(HttpMethod.POST,
				"Version=2018-01-29&Action=" + QUERY + "&Format=" + format);
		assertThat(response.getContentType()).isEqualTo("application/json;charset=utf-8");
		assertThat(json(response).path("Code").asString()).isEqualTo("MissingInstanceId");
	}

	@ParameterizedTest
	@ValueSource(strings = { "XML", "xml", "Xml" })
	void formatXmlIsCaseInsensitive(String format) throws Exception {
		MockHttpServletResponse response = call(HttpMethod.POST,
				"Version=2018-01-29&Action=" + QUERY + "&Format=" + format);
		assertThat(response.getContentType()).isEqualTo("text/xml;charset=utf-8");
		assertThat(body(response)).contains("<Code>MissingInstanceId</Code>");
	}

	@Test
	void unsupportedFormatIsRefusedInXml() throws Exception {
		MockHttpServletResponse response = call(HttpMethod.POST, "Version=2018-01-29&Action=" + QUERY + "&Format=yaml");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("text/xml;charset=utf-8");
		assertThat(body(response)).contains("<Code>InvalidFormat</Code>")
			.contains("<Message>Specified parameter Format is not valid.</Message>");
	}

	@Test
	void getPostQueryAndPostFormGiveTheSameReply() throws Exception {
		transferInExists();
		String parameters = "Action=" + QUERY + "&InstanceId=" + INSTANCE_ID + "&Format=JSON&Version=2018-01-29";
		MockHttpServletResponse get = call(HttpMethod.GET, parameters);
		MockHttpServletResponse postQuery = call(HttpMethod.POST, parameters);
		MockHttpServletResponse postForm = perform(
				MockMvcRequestBuilders.post("/").contentType("application/x-www-form-urlencoded").content(parameters));
		MockHttpServletResponse mixed = perform(MockMvcRequestBuilders.post("/").with((request) -> {
			request.setQueryString("Action=" + QUERY);
			return request;
		})
			.contentType("application/x-www-form-urlencoded")
			.content("InstanceId=" + INSTANCE_ID + "&Format=JSON&Version=2018-01-29"));
		for (MockHttpServletResponse response : new MockHttpServletResponse[] { get, postQuery, postForm, mixed }) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(json(response).path("InstanceId").asString()).isEqualTo(INSTANCE_ID);
			assertThat(withoutRequestId(response)).isEqualTo(withoutRequestId(get));
		}
	}

	@Test
	void actionAndVersionMayComeFromHeaders() throws Exception {
		transferInExists();
		MockHttpServletResponse response = perform(MockMvcRequestBuilders.post("/")
			.header("x-acs-action", QUERY)
			.header("x-acs-version", "2018-01-29")
			.with((request) -> {
				request.setQueryString("InstanceId=" + INSTANCE_ID + "&Format=JSON");
				return request;
			}));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(json(response).path("InstanceId").asString()).isEqualTo(INSTANCE_ID);
	}

	@Test
	void v3SignedRequestsAreAnsweredInJson() throws Exception {
		MockHttpServletResponse response = perform(MockMvcRequestBuilders.post("/")
			.header("x-acs-action", QUERY)
			.header("x-acs-version", "2018-01-29")
			.header("Authorization",
					"ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=x-acs-action;x-acs-version,Signature=00"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/json;charset=utf-8");
		assertThat(json(response).path("Code").asString()).isEqualTo("MissingInstanceId");
	}

	@Test
	void requestIdHeaderEqualsBodyRequestId() throws Exception {
		MockHttpServletResponse response = call(HttpMethod.POST, "Version=2018-01-29&Action=Nope&Format=JSON");
		assertThat(response.getHeader("x-acs-request-id"))
			.matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
			.isEqualTo(json(response).path("RequestId").asString());
	}

	@Test
	void unknownActionIsNotFound() throws Exception {
		MockHttpServletResponse response = call(HttpMethod.POST,
				"Version=2018-01-29&Action=DescribeInstances&Format=JSON");
		assertThat(response.getStatus()).isEqualTo(404);
		JsonNode body = json(response);
		assertThat(body.path("Code").asString()).isEqualTo("InvalidAction.NotFound");
		assertThat(body.path("Message").asString())
			.isEqualTo("Specified api is not found, please check your url and method.");
		assertThat(body.path("HostId").asString()).isEqualTo("domain.aliyuncs.com");
	}

	@Test
	void versionIsCheckedAndIntlVersionAnswersAsDomainIntl() throws Exception {
		MockHttpServletResponse old = call(HttpMethod.POST, "Action=" + QUERY + "&Format=JSON&Version=2016-05-11");
		assertThat(old.getStatus()).isEqualTo(400);
		assertThat(json(old).path("Code").asString()).isEqualTo("InvalidVersion");
		MockHttpServletResponse none = call(HttpMethod.POST, "Action=" + QUERY + "&Format=JSON");
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(json(none).path("Code").asString()).isEqualTo("MissingVersion");
		transferInExists();
		MockHttpServletResponse intl = call(HttpMethod.POST,
				"Action=" + QUERY + "&Format=JSON&Version=2017-12-18&InstanceId=" + INSTANCE_ID);
		assertThat(intl.getStatus()).isEqualTo(200);
		assertThat(json(intl).path("InstanceId").asString()).isEqualTo(INSTANCE_ID);
		MockHttpServletResponse intlError = call(HttpMethod.POST,
				"Action=" + QUERY + "&Format=JSON&Version=2017-12-18");
		assertThat(intlError.getStatus()).isEqualTo(400);
		assertThat(json(intlError).path("HostId").asString()).isEqualTo("domain-intl.aliyuncs.com");
	}

	@Test
	void missingAndInvalidParametersNameTheParameter() throws Exception {
		assertError("QueryTaskDetailList", "PageNum=1&PageSize=10", "MissingTaskNo",
				"TaskNo is mandatory for this action.");
		assertError("QueryTaskDetailList", "TaskNo=t&PageNum=one&PageSize=10", "InvalidPageNum",
				"Specified parameter PageNum is not valid.");
		assertError("QueryTaskDetailList", "TaskNo=t&PageNum=1&PageSize=0", "InvalidPageSize",
				"Specified parameter PageSize is not valid.");
		assertError("QueryTaskDetailList", "TaskNo=t&PageNum=1&PageSize=10&TaskStatus=4", "InvalidTaskStatus",
				"Specified parameter TaskStatus is not valid.");
		assertError("SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName=" + "a".repeat(256),
				"InvalidDomainName", "Specified parameter DomainName is not valid.");
		assertError("SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName=", "MissingDomainName",
				"DomainName is mandatory for this action.");
	}

	@Test
	void langZhGivesChineseMessages() throws Exception {
		MockHttpServletResponse chinese = call(HttpMethod.POST,
				"Version=2018-01-29&Format=JSON&Action=" + QUERY + "&Lang=zh");
		assertThat(json(chinese).path("Message").asString()).isEqualTo("InstanceId 是该接口的必填参数。");
		MockHttpServletResponse english = call(HttpMethod.POST,
				"Version=2018-01-29&Format=JSON&Action=" + QUERY + "&Lang=en");
		assertThat(json(english).path("Message").asString()).isEqualTo("InstanceId is mandatory for this action.");
	}

	private void assertError(String action, String query, String code, String message) throws Exception {
		MockHttpServletResponse response = call(HttpMethod.POST,
				"Version=2018-01-29&Format=JSON&Action=" + action + "&" + query);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(json(response).path("Code").asString()).isEqualTo(code);
		assertThat(json(response).path("Message").asString()).isEqualTo(message);
	}

	private MockHttpServletResponse call(HttpMethod method, String query) throws Exception {
		return perform(MockMvcRequestBuilders.request(method, "/").with((request) -> {
			request.setQueryString(query);
			return request;
		}));
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		return response;
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static JsonNode json(MockHttpServletResponse response) throws Exception {
		return JSON.readTree(body(response));
	}

	private static String withoutRequestId(MockHttpServletResponse response) throws Exception {
		return body(response).replace(response.getHeader("x-acs-request-id"), "");
	}

}
