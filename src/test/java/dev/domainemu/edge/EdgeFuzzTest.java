package dev.domainemu.edge;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RawHttp;
import dev.domainemu.support.RunsBeside;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded, bounded fuzz run over both entrances. It sends {@code fuzz.rpc} (10,000)
 * requests to {@code /} and {@code fuzz.control} (3,000) to {@code /_emulator}, each a
 * mutation of one class (broken request lines and paths, oversized or odd headers, every
 * method, every body type, undecodable and excessive parameters, random values for every
 * action's parameters, type and range mistakes, unknown routes, foreign {@code Host},
 * {@code Origin} and {@code Accept}), and checks every reply: never a 5xx, on {@code /}
 * always the envelope with its exact Content-Type and JSON whenever JSON was asked for,
 * on {@code /_emulator} every refusal JSON naming its field, no reply slower than 5 s;
 * and the data seeded first reads back unchanged. Replay a run with {@code -Dfuzz.seed=N}
 * (the seed is printed); run it alone with
 * {@code ./mvnw test -Dtest=EdgeFuzzTest -Dfuzz.rpc=100000}.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:edge-fuzz;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@DirtiesContext
@RunsBeside
class EdgeFuzzTest extends EmulatorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ACTIONS = List.of("AcknowledgeTaskResult", "CheckTransferInFeasibility",
			"ConfirmTransferInEmail", "PollTaskResult", "QueryTaskDetailHistory", "QueryTaskDetailList",
			"QueryTaskInfoHistory", "QueryTaskList", "QueryTransferInByInstanceId", "QueryTransferInList",
			"QueryTransferOutInfo", "SaveBatchTaskForCreatingOrderTransfer", "SaveBatchTaskForTransferProhibitionLock",
			"SaveSingleTaskForApprovingTransferOut", "SaveSingleTaskForCancelingTransferIn",
			"SaveSingleTaskForCancelingTransferOut", "SaveSingleTaskForCreatingOrderTransfer",
			"SaveSingleTaskForQueryingTransferAuthorizationCode", "SaveSingleTaskForTransferProhibitionLock",
			"TransferInCheckMailToken", "TransferInReenterTransferAuthorizationCode", "TransferInRefetchWhoisEmail",
			"TransferInResendMailToken", "NoSuchAction", "CheckDomain", "");

	private static final List<String> PARAMETERS = List.of("DomainName", "InstanceId", "TaskNo", "TaskDetailNo.1",
			"PageNum", "PageSize", "DomainName.1", "DomainName.2", "OrderTransferParam.1.DomainName",
			"OrderTransferParam.1.AuthorizationCode", "OrderTransferParam.1.PermitPremiumTransfer",
			"TransferAuthorizationCode", "Token", "Email", "Status", "SimpleTransferInStatus", "TaskStatus",
			"TaskResultStatus", "SubmissionStartDate", "SubmissionEndDate", "DomainNameCursor", "TaskNoCursor",
			"TaskDetailNoCursor", "Lang", "UserClientIp", "Format", "Version", "Action", "AccessKeyId", "Signature",
			"SignatureMethod", "Timestamp", "RegionId", "Remark");

	private static final List<String> VALUES = List.of("", "1", "0", "-1", "2147483648", "9223372036854775808", "1e3",
			"abc", "true", "fz1.com", "fz2.com", "FZ3.COM", "xn--bcher-kva.com", "b%C3%BCcher.com", "%zz", "%C3",
			"%C0%AF", "%ED%A0%80", "%00", "%0A", "a+b", "%E4%BD%A0%E5%A5%BD.com", "...", "-.com", "fz.", "null",
			"2026-01-15%2012:00:00", "1768449600000", "JSON", "XML", "json", "yaml", "zh", "en", "2018-01-29",
			"2017-12-18", "2000-01-01", "%2F..%2F", "%3Cscript%3E", "'%20or%201=1--");

	private static final List<String> CONTROL_GETS = List.of("/_emulator/health", "/_emulator/actions",
			"/_emulator/clock", "/_emulator/progression", "/_emulator/domains", "/_emulator/transfer-ins",
			"/_emulator/tasks", "/_emulator/outbox", "/_emulator/faults", "/_emulator/faults/firings",
			"/_emulator/journal", "/_emulator/scenarios", "/_emulator/scenarios/examples",
			"/_emulator/registrar-domains", "/_emulator/faults/1", "/_emulator/faults/abc",
			"/_emulator/faults/9223372036854775808", "/_emulator/domains/fz1.com", "/_emulator/domains/%zz",
			"/_emulator/transfer-ins/abc/timeline", "/_emulator/scenarios/nope", "/_emulator/registrar-domains/x",
			"/_emulator/nope", "/_emulator/", "/_emulator", "/_emulator/%ZZ", "/_emulator/a%2fb", "/_emulator/openapi");

	private static final List<String> CONTROL_QUERY = List.of("limit", "page", "account", "status", "domainName",
			"ruleId", "kind", "target", "name", "dryRun", "cursor", "since", "action", "instanceId");

	private static final List<String[]> CONTROL_WRITES = List.of(new String[] { "PUT", "/_emulator/clock" },
			new String[] { "POST", "/_emulator/clock/advance" }, new String[] { "PUT", "/_emulator/progression" },
			new String[] { "POST", "/_emulator/progression/processing/run" },
			new String[] { "POST", "/_emulator/progression/nope/run" }, new String[] { "POST", "/_emulator/faults" },
			new String[] { "DELETE", "/_emulator/faults/abc" }, new String[] { "POST", "/_emulator/domains" },
			new String[] { "POST", "/_emulator/transfer-ins" }, new String[] { "POST", "/_emulator/bulk" },
			new String[] { "POST", "/_emulator/scenarios" }, new String[] { "POST", "/_emulator/scenarios?dryRun=x" },
			new String[] { "POST", "/_emulator/scenarios/examples/nope" },
			new String[] { "PUT", "/_emulator/transfer-ins/abc/hold" },
			new String[] { "POST", "/_emulator/transfer-ins/abc/events" },
			new String[] { "POST", "/_emulator/transfer-ins/abc/force" },
			new String[] { "POST", "/_emulator/registrar-domains" }, new String[] { "DELETE", "/_emulator/clock" },
			new String[] { "PATCH", "/_emulator/clock" }, new String[] { "POST", "/_emulator/health" });

	private static final List<String> JSON_BODIES = List.of("{}", "[]", "null", "1", "\"x\"", "{", "{\"now\":",
			"{\"now\":\"+999999999-12-31T23:59:59Z\"}", "{\"now\":\"0001-01-01T00:00:00Z\"}",
			"{\"now\":\"2030-01-01T00:00:00Z\"}", "{\"now\":\"2020-01-01T00:00:00Z\"}", "{\"now\":\"x\"}",
			"{\"now\":1e30}", "{\"frozen\":\"maybe\"}", "{\"frozen\":true}", "{\"seconds\":1e30}", "{\"seconds\":-1}",
			"{\"seconds\":\"abc\"}", "{\"seconds\":60}", "{\"seconds\":[1]}", "{\"processing\":{\"seconds\":1e30}}",
			"{\"processing\":{\"policy\":\"x\"}}", "{\"processing\":null}", "{\"nope\":{}}",
			"{\"action\":1,\"error\":{}}",
			"{\"action\":\"PollTaskResult\",\"error\":{\"code\":\"X\",\"httpStatus\":99999}}",
			"{\"domainName\":\"%zz\"}", "{\"domainName\":123}", "{\"domainName\":\"fz9.com\",\"status\":\"x\"}",
			"{\"domainName\":\"fz9.com\",\"status\":99}", "{\"count\":-1}", "{\"count\":1e12}", "{\"held\":\"x\"}",
			"{\"event\":\"nope\"}", "{\"status\":\"abc\"}", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
			"{\"x\":\"" + "y".repeat(100_000) + "\"}", "\u00ff\u00fe", "name: x\ndomains: [");

	private static final List<String> CONTENT_TYPES = List.of("application/json", "application/yaml", "text/plain",
			"application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=z",
			"application/json; charset=ISO-8859-1", "", "*/*", "garbage");

	private static final List<String> ACCEPTS = List.of("", "application/json", "image/png", "foo", "*/*",
			"application/xml", "text/html");

	private final List<String> problems = new ArrayList<>();

	private Random random;

	private int rpcSent;

	private int controlSent;

	@Test
	void neverAServerErrorAlwaysTheEnvelopeAndSeededDataUnchanged() throws IOException {
		long seed = Long.getLong("fuzz.seed", new Random().nextLong());
		int rpcCount = Integer.getInteger("fuzz.rpc", 10_000);
		int controlCount = Integer.getInteger("fuzz.control", 3_000);
		System.out.println("EdgeFuzzTest seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
		this.random = new Random(seed);
		Map<String, String> seeded = seed();
		for (int i = 0; i < rpcCount; i++) {
			fuzzRpc();
		}
		for (int i = 0; i < controlCount; i++) {
			fuzzControl();
		}
		System.out.printf("EdgeFuzzTest: %d RPC and %d control-plane requests, %d problems%n", this.rpcSent,
				this.controlSent, this.problems.size());
		assertThat(this.problems).as("seed " + seed).isEmpty();
		assertThat(this.rpcSent).isGreaterThanOrEqualTo(rpcCount);
		assertThat(this.controlSent).isGreaterThanOrEqualTo(controlCount);
		assertThat(readBack(seeded.keySet())).as("seeded data after the run, seed " + seed).isEqualTo(seeded);
	}

	private Map<String, String> seed() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String name = "seeded-" + i + ".com";
			seedDomain(name, "Code#" + i, i % 2 == 0);
			names.add("/_emulator/domains/" + name);
		}
		for (int i = 0; i < 5; i++) {
			String instanceId = seedTransferIn(Map.of("domainName", "seeded-transfer-" + i + ".com", "status", 11));
			admin(Map.of("held", true)).put("/_emulator/transfer-ins/" + instanceId + "/hold").then().statusCode(200);
			names.add("/_emulator/transfer-ins?domainName=seeded-transfer-" + i + ".com");
		}
		return readBack(names);
	}

	private Map<String, String> readBack(Iterable<String> paths) {
		Map<String, String> read = new LinkedHashMap<>();
		for (String path : paths) {
			read.put(path,
					RestAssured.given()
						.port(this.port)
						.urlEncodingEnabled(false)
						.get(path)
						.then()
						.statusCode(200)
						.extract()
						.asString());
		}
		return read;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private String value() {
		return switch (this.random.nextInt(6)) {
			case 0 -> "x".repeat(this.random.nextInt(3000));
			case 1 -> String.valueOf(this.random.nextLong());
			case 2 -> URLEncoder.encode(randomText(20), StandardCharsets.UTF_8);
			default -> pick(VALUES);
		};
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(this.random.nextInt(0x3000));
		}
		return text.toString();
	}

	private void fuzzRpc() throws IOException {
		boolean json = this.random.nextBoolean();
		StringBuilder query = new StringBuilder("Version=").append(this.random.nextInt(20) == 0 ? pick(VALUES)
				: (this.random.nextBoolean() ? "2018-01-29" : "2017-12-18"));
		query.append("&Action=").append(pick(ACTIONS));
		if (json) {
			query.append("&Format=JSON");
		}
		else if (this.random.nextInt(10) == 0) {
			query.append("&Format=").append(pick(VALUES));
		}
		int parameters = this.random.nextInt(8);
		for (int i = 0; i < parameters; i++) {
			query.append('&').append(pick(PARAMETERS)).append('=').append(value());
		}
		String method = "POST";
		String path = "/";
		String headers = "";
		String body = "";
		String contentType = null;
		boolean formatReadable = true;
		boolean v3 = false;
		int mutation = this.random.nextInt(16);
		switch (mutation) {
			case 0 -> method = pick(List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "FOO"));
			case 1 -> path = pick(List.of("/%ZZ", "/a%2fb", "/a\\b", "/error", "/x", "//", "/..", "/%00", "/;a=b",
					"/index.html", "/_emulatorx"));
			case 2 -> headers = "X-Big: " + "a".repeat(8_000 + this.random.nextInt(70_000)) + "\r\n";
			case 3 -> {
				query.append("&P=").append("a".repeat(70_000 + this.random.nextInt(10_000)));
				formatReadable = false;
			}
			case 4 -> headers = "X-Bad: a" + (char) (1 + this.random.nextInt(31)) + "b\r\n";
			case 5 -> {
				contentType = pick(CONTENT_TYPES);
				body = pick(JSON_BODIES);
			}
			case 6 -> {
				contentType = "application/x-www-form-urlencoded";
				StringBuilder form = new StringBuilder("PageNum=1");
				int count = this.random.nextBoolean() ? 10_001 : this.random.nextInt(100);
				for (int i = 0; i < count; i++) {
					form.append('&').append(pick(PARAMETERS)).append(i).append('=').append(pick(VALUES));
				}
				body = form.toString();
			}
			case 7 -> headers = "Host: " + pick(List.of("evil.example", "localhost.evil.example", "a:b:c")) + "\r\n";
			case 8 -> {
				headers = "Authorization: ACS3-HMAC-SHA256 Credential=" + pick(VALUES)
						+ ",SignedHeaders=x,Signature=y\r\n";
				v3 = true;
			}
			case 9 -> {
				contentType = "application/x-www-form-urlencoded";
				headers = "Content-Length: " + (3_000_000 + this.random.nextInt(1_000_000)) + "\r\n";
			}
			case 10 -> method = "GET";
			default -> {
				// a plausible call with random values
			}
		}
		String request = request(method, path + "?" + query, headers, contentType, body, StandardCharsets.ISO_8859_1);
		this.rpcSent++;
		RawHttp.Reply reply = send(request.getBytes(StandardCharsets.ISO_8859_1), request);
		String label = "RPC mutation " + mutation + ": " + abbreviate(request);
		if (reply == null) {
			return;
		}
		check(reply.status() > 0 && reply.status() < 500, label, reply);
		if (method.equals("HEAD")) {
			return;
		}
		String type = reply.contentType();
		check("application/json;charset=utf-8".equals(type) || "text/xml;charset=utf-8".equals(type), label, reply);
		if ((json || v3) && formatReadable) {
			check("application/json;charset=utf-8".equals(type), label + " (JSON asked for)", reply);
		}
		if ("application/json;charset=utf-8".equals(type)) {
			JsonNode node = parse(reply.text());
			check(node != null && node.has("RequestId"), label, reply);
			if (reply.status() >= 400) {
				check(node != null && node.has("Code") && node.has("Message"), label, reply);
			}
		}
		else if ("text/xml;charset=utf-8".equals(type)) {
			check(reply.text().startsWith("<?xml") && reply.text().contains("<RequestId>"), label, reply);
		}
	}

	private void fuzzControl() throws IOException {
		int mutation = this.random.nextInt(10);
		String method;
		String path;
		String contentType = "application/json";
		String body = "";
		String headers = "";
		boolean refusedForSure = false;
		if (mutation < 4) {
			method = this.random.nextInt(10) == 0 ? "HEAD" : "GET";
			StringBuilder target = new StringBuilder(pick(CONTROL_GETS));
			int count = this.random.nextInt(4);
			for (int i = 0; i < count; i++) {
				target.append((i == 0) ? '?' : '&').append(pick(CONTROL_QUERY)).append('=').append(value());
			}
			path = target.toString();
			contentType = null;
		}
		else {
			String[] write = pick(CONTROL_WRITES);
			method = write[0];
			path = write[1];
			body = pick(JSON_BODIES);
			if (mutation == 4) {
				contentType = pick(CONTENT_TYPES);
			}
			else if (mutation == 5) {
				headers = pick(List.of("Origin: http://evil.example\r\n", "Sec-Fetch-Site: cross-site\r\n",
						"Origin: null\r\n"));
				refusedForSure = true;
			}
			else if (mutation == 6) {
				headers = "Host: evil.example\r\n";
				refusedForSure = true;
			}
			else if (mutation == 7) {
				headers = "Content-Length: 40000000\r\n";
				body = "";
				refusedForSure = true;
			}
		}
		if (this.random.nextInt(4) == 0) {
			headers += "Accept: " + pick(ACCEPTS) + "\r\n";
		}
		String request = request(method, path, headers, contentType, body, StandardCharsets.UTF_8);
		this.controlSent++;
		RawHttp.Reply reply = send(request.getBytes(StandardCharsets.UTF_8), request);
		String label = "control mutation " + mutation + ": " + abbreviate(request);
		if (reply == null) {
			return;
		}
		check(reply.status() > 0 && reply.status() < 500, label, reply);
		if (refusedForSure) {
			check(reply.status() >= 400, label + " (must be refused)", reply);
		}
		boolean browsable = path.startsWith("/_emulator/openapi") || path.startsWith("/_emulator/ui");
		if (reply.status() >= 400 && !method.equals("HEAD") && !browsable) {
			String type = String.valueOf(reply.contentType());
			check(type.startsWith("application/json"), label, reply);
			JsonNode node = parse(reply.text());
			check(node != null && node.path("error").isString() && node.path("field").isString(), label, reply);
		}
	}

	/**
	 * A request with the given headers, a {@code Host} and a {@code Content-Length} of
	 * its body in the charset it is sent in, unless the headers give their own.
	 */
	private String request(String method, String target, String headers, String contentType, String body,
			Charset charset) {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		if (!headers.contains("Host:")) {
			request.append("Host: localhost:").append(this.port).append("\r\n");
		}
		request.append(headers);
		if (contentType != null && !contentType.isEmpty()) {
			request.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (!headers.contains("Content-Length")) {
			request.append("Content-Length: ").append(body.getBytes(charset).length).append("\r\n");
		}
		return request.append("Connection: close\r\n\r\n").append(body).toString();
	}

	private RawHttp.Reply send(byte[] bytes, String request) throws IOException {
		RawHttp.Reply reply = RawHttp.send(this.port, bytes, 5000);
		if (reply.timedOut() || reply.status() == 0) {
			this.problems.add("no reply within 5 s: " + abbreviate(request));
			return null;
		}
		return reply;
	}

	private void check(boolean holds, String label, RawHttp.Reply reply) {
		if (!holds && this.problems.size() < 50) {
			this.problems
				.add(label + " -> " + reply.status() + " " + reply.contentType() + " " + abbreviate(reply.text()));
		}
		else if (!holds) {
			this.problems.add("…");
		}
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String abbreviate(String text) {
		Supplier<String> cut = () -> text.substring(0, 300) + "…(" + text.length() + " chars)";
		return (text.length() > 300) ? cut.get() : text;
	}

}
