package dev.domainemu.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RawHttp;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What fails before the application sees a request, or while the parameters are read, is
 * still answered in the Alibaba envelope with a 4xx, in the format asked for, never as an
 * HTML page, an empty body or a 5xx.
 */
class EnvelopeAtEveryEdgeTest extends EmulatorTest {

	private static final String JSON_QUERY = "Action=QueryTransferInList&Version=2018-01-29&Format=JSON&PageNum=1&PageSize=10";

	private static final String XML_QUERY = "Action=QueryTransferInList&Version=2018-01-29&PageNum=1&PageSize=10";

	private RawHttp.Reply get(String target, String extraHeaders) throws IOException {
		return RawHttp.send(this.port,
				"GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n",
				5000);
	}

	private static void assertEnvelope(RawHttp.Reply reply, boolean json, int status, String code) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(status);
		if (json) {
			assertThat(reply.contentType()).isEqualTo("application/json;charset=utf-8");
			assertThat(reply.text()).startsWith("{\"RequestId\":").contains("\"Code\":\"" + code + "\"");
		}
		else {
			assertThat(reply.contentType()).isEqualTo("text/xml;charset=utf-8");
			assertThat(reply.text()).startsWith("<?xml").contains("<Code>" + code + "</Code>");
		}
		assertThat(reply.headers()).containsKey("x-acs-request-id");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void connectorRefusalsAreEnvelopes(boolean json) throws IOException {
		String query = json ? JSON_QUERY : XML_QUERY;
		assertEnvelope(get("/?" + query, "X-Big: " + "a".repeat(70_000) + "\r\n"), json, 400, "InvalidParameter");
		assertEnvelope(get("/%ZZ?" + query, ""), json, 400, "InvalidParameter");
		assertEnvelope(get("/a%2fb?" + query, ""), json, 400, "InvalidParameter");
		assertEnvelope(get("/a\\b?" + query, ""), json, 400, "InvalidParameter");
		assertEnvelope(get("/?" + query, "X-A: a\u0001b\r\n"), json, 400, "InvalidParameter");
		// a request line too long to read has no Format to read: the default, XML
		assertEnvelope(get("/?" + query + "&p=" + "a".repeat(70_000), ""), false, 400, "InvalidParameter");
		// up to 64 KB of request line and headers are read
		RawHttp.Reply long20k = get("/?" + query + "&p=" + "a".repeat(20_000), "X-Big: " + "a".repeat(20_000) + "\r\n");
		assertThat(long20k.status()).as(long20k.text()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "OPTIONS", "CONNECT", "PUT", "DELETE", "PATCH", "TRACE" })
	void otherMethodsAreNoAction(String method) throws IOException {
		RawHttp.Reply reply = RawHttp.send(this.port, method + " /?" + JSON_QUERY
				+ " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 5000);
		assertEnvelope(reply, true, 404, "InvalidAction.NotFound");
	}

	@Test
	void errorAskedForDirectlyIsNoAction() throws IOException {
		RawHttp.Reply reply = RawHttp.send(this.port, "POST /error?" + JSON_QUERY
				+ " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 5000);
		assertEnvelope(reply, true, 404, "InvalidAction.NotFound");
	}

	@Test
	void aMultipartBodyIsIgnoredLikeAnyOtherThatIsNotAForm() throws IOException {
		String body = "--zz\r\nContent-Disposition: form-data; name=\"PageNum\"\r\n\r\n1\r\n--zz--\r\n";
		RawHttp.Reply reply = RawHttp.send(this.port, "POST /?" + JSON_QUERY
				+ " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: "
				+ body.length() + "\r\nConnection: close\r\n\r\n" + body, 5000);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.contentType()).isEqualTo("application/json;charset=utf-8");
		RawHttp.Reply broken = RawHttp.send(this.port, "POST /?" + JSON_QUERY
				+ " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
				5000);
		assertThat(broken.status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%zz", "%C3", "%C0%AF", "%ED%A0%80", "%F8%88%80%80%80", "%" })
	void anUndecodableParameterIsRefusedInTheFormatAsked(String value) throws IOException {
		assertEnvelope(get("/?" + JSON_QUERY + "&DomainName=" + value, ""), true, 400, "InvalidDomainName");
		assertEnvelope(get("/?" + XML_QUERY + "&DomainName=" + value, ""), false, 400, "InvalidDomainName");
		String body = JSON_QUERY + "&DomainName=" + value;
		RawHttp.Reply form = RawHttp.send(this.port,
				"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
						+ body.length() + "\r\nConnection: close\r\n\r\n" + body,
				5000);
		assertEnvelope(form, true, 400, "InvalidDomainName");
	}

	@Test
	void rawUtf8InAFormBodyIsRead() throws IOException {
		byte[] body = (JSON_QUERY + "&DomainName=b\u00fccher.com").getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		RawHttp.Reply reply = RawHttp.send(this.port, request, 5000);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
	}

	@Test
	void tooManyParametersAreRefusedInTheFormatAsked() throws IOException {
		StringBuilder body = new StringBuilder(JSON_QUERY);
		for (int i = 0; i < 10_001; i++) {
			body.append("&P").append(i).append("=1");
		}
		RawHttp.Reply reply = RawHttp.send(this.port,
				"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
						+ body.length() + "\r\nConnection: close\r\n\r\n" + body,
				5000);
		assertEnvelope(reply, true, 400, "InvalidParameter");
		assertThat(reply.text()).contains("more than 10000 parameters");
	}

	@Test
	void aBodyOverTheLimitIs413ByItsLengthAndWhileRead() throws IOException {
		RawHttp.Reply declared = RawHttp.send(this.port, "POST /?" + JSON_QUERY
				+ " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000000\r\nConnection: close\r\n\r\n",
				5000);
		assertEnvelope(declared, true, 413, "RequestEntityTooLarge");
		StringBuilder chunked = new StringBuilder("POST /?" + JSON_QUERY
				+ " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
		String chunk = "a".repeat(65_536);
		for (int i = 0; i < 40; i++) {
			chunked.append("10000\r\n").append(chunk).append("\r\n");
		}
		chunked.append("0\r\n\r\n");
		RawHttp.Reply read = RawHttp.send(this.port, chunked.toString(), 10_000);
		assertEnvelope(read, true, 413, "RequestEntityTooLarge");
		// just under the limit is read
		String body = "PageNum=1&Pad=" + "a".repeat(2 * 1024 * 1024 - 100);
		RawHttp.Reply under = RawHttp.send(this.port, "POST /?" + JSON_QUERY
				+ " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ body.length() + "\r\nConnection: close\r\n\r\n" + body, 10_000);
		assertThat(under.status()).as(under.text()).isEqualTo(200);
	}

	@Test
	void aControlPlaneBodyOverTheLimitIs413() throws IOException {
		RawHttp.Reply declared = RawHttp.send(this.port,
				"POST /_emulator/scenarios HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/yaml\r\nContent-Length: 40000000\r\nConnection: close\r\n\r\n",
				5000);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.text()).contains("\"field\":\"body\"");
		StringBuilder chunked = new StringBuilder(
				"POST /_emulator/scenarios HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/yaml\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
		String chunk = "#".repeat(1 << 20);
		for (int i = 0; i < 34; i++) {
			chunked.append("100000\r\n").append(chunk).append("\r\n");
		}
		chunked.append("0\r\n\r\n");
		RawHttp.Reply read = RawHttp.send(this.port, chunked.toString(), 20_000);
		assertThat(read.status()).as(read.text()).isEqualTo(413);
		assertThat(read.contentType()).startsWith("application/json");
		assertThat(read.text()).contains("\"field\":\"body\"");
	}

	@Test
	void controlPlaneAnswersJsonNamingTheField() throws IOException {
		Map<String, List<Object>> cases = Map.of("/_emulator/nope", List.of(404, "path"), "/_emulator/tasks?limit=abc",
				List.of(400, "limit"), "/_emulator/tasks?limit=%zz", List.of(400, "limit"), "/_emulator/faults/abc",
				List.of(400, "id"), "/_emulator/faults/9223372036854775808", List.of(400, "id"),
				"/_emulator/fault/firings?ruleId=abc", List.of(404, "path"), "/_emulator/faults/firings?ruleId=abc",
				List.of(400, "ruleId"), "/_emulator/transfer-ins?status=x", List.of(400, "status"), "/_emulator/%ZZ",
				List.of(400, "request"));
		for (Map.Entry<String, List<Object>> c : cases.entrySet()) {
			RawHttp.Reply reply = get(c.getKey(), "Accept: image/png\r\n");
			assertThat(reply.status()).as(c.getKey() + " " + reply.text()).isEqualTo(c.getValue().get(0));
			assertThat(reply.contentType()).as(c.getKey()).startsWith("application/json");
			assertThat(reply.text()).as(c.getKey()).contains("\"field\":\"" + c.getValue().get(1) + "\"");
		}
		RawHttp.Reply clock = get("/_emulator/clock", "Accept: image/png\r\n");
		assertThat(clock.status()).isEqualTo(200);
		assertThat(clock.contentType()).startsWith("application/json");
		RawHttp.Reply method = RawHttp.send(this.port,
				"DELETE /_emulator/clock HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 5000);
		assertThat(method.status()).isEqualTo(405);
		assertThat(method.text()).contains("\"field\":\"method\"");
		RawHttp.Reply xml = RawHttp.send(this.port,
				"PUT /_emulator/clock HTTP/1.1\r\nHost: localhost\r\nAccept: foo\r\nContent-Type: application/xml\r\nContent-Length: 7\r\nConnection: close\r\n\r\n<a></a>",
				5000);
		assertThat(xml.status()).isEqualTo(415);
		assertThat(xml.text()).contains("\"field\":\"Content-Type\"");
	}

	@Test
	void numbersOutOfRangeAreRefused() {
		for (String now : List.of("+999999999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
				"+10000-01-01T00:00:00Z")) {
			admin(Map.of("now", now)).put("/_emulator/clock")
				.then()
				.statusCode(400)
				.body("field", org.hamcrest.Matchers.equalTo("now"));
		}
		admin().body("{\"seconds\":1e30}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(400)
			.body("field", org.hamcrest.Matchers.equalTo("seconds"));
		admin().body("{\"seconds\":\"NaN\"}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(400)
			.body("field", org.hamcrest.Matchers.equalTo("seconds"));
		admin().body("{\"processing\":{\"seconds\":1e30}}")
			.put("/_emulator/progression")
			.then()
			.statusCode(400)
			.body("field", org.hamcrest.Matchers.equalTo("processing.seconds"));
		RestAssured.given().port(this.port).queryParam("limit", 1001).get("/_emulator/tasks").then().statusCode(400);
		RestAssured.given().port(this.port).queryParam("limit", 0).get("/_emulator/tasks").then().statusCode(400);
		admin(Map.of("now", T0.toString())).put("/_emulator/clock").then().statusCode(200);
	}

	@Test
	void theClockDoesNotGoBackOverStoredHistory() {
		admin(Map.of("now", "2025-01-01T00:00:00Z")).put("/_emulator/clock").then().statusCode(200);
		admin(Map.of("now", T0.toString())).put("/_emulator/clock").then().statusCode(200);
		seedTransferIn(Map.of("domainName", "back-in-time.com"));
		admin(Map.of("now", "2025-01-01T00:00:00Z")).put("/_emulator/clock")
			.then()
			.statusCode(409)
			.body("field", org.hamcrest.Matchers.equalTo("now"));
		RestAssured.given()
			.port(this.port)
			.get("/_emulator/clock")
			.then()
			.body("now", org.hamcrest.Matchers.equalTo(T0.toString()));
		admin(Map.of("now", "2026-02-01T00:00:00Z")).put("/_emulator/clock").then().statusCode(200);
	}

}
