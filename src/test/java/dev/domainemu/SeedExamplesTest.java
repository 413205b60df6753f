package dev.domainemu;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.domainemu.support.EmulatorTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of the two original API documents are reproduced field for field: the same
 * names under the same root, with the same JSON types (values aside). Two documented
 * departures: {@code UserId} is a string (the documents' field table and every SDK say
 * String, the JSON example shows a number), and errors add {@code Recommend}.
 */
class SeedExamplesTest extends EmulatorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void authorizationCodeSuccess() throws Exception {
		seedDomain("test.com", null, false);
		Map<String, String> call = Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName",
				"test.com");
		assertJsonLike("SaveSingleTaskForQueryingTransferAuthorizationCode.success.json", call(call, "JSON"), Set.of());
		advanceSeconds(5);
		assertXmlLike("SaveSingleTaskForQueryingTransferAuthorizationCode.success.xml", call(call, "XML"), Set.of());
	}

	@Test
	void authorizationCodeTaskIsBeingProcessed() throws Exception {
		seedDomain("test.com", null, false);
		Map<String, String> call = Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName",
				"test.com");
		call(call, "JSON").then().statusCode(200);
		Response json = call(call, "JSON");
		assertThat(json.statusCode()).isEqualTo(400);
		assertJsonLike("SaveSingleTaskForQueryingTransferAuthorizationCode.error.json", json, Set.of("Recommend"));
		assertThat(json.jsonPath().getString("Message"))
			.isEqualTo("An operation is being processed. Please try again later.");
		assertXmlLike("SaveSingleTaskForQueryingTransferAuthorizationCode.error.xml", call(call, "XML"),
				Set.of("Recommend"));
	}

	@Test
	void transferInWithEveryField() throws Exception {
		String instanceId = seedTransferIn(
				Map.of("domainName", "example.com", "status", 51, "resultCode", "clientCancelled"));
		Map<String, String> call = Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", instanceId, "Lang",
				"zh");
		Response json = call(call, "JSON");
		assertJsonLike("QueryTransferInByInstanceId.success.json", json, Set.of());
		assertThat(json.jsonPath().getString("ResultMsg")).isEqualTo("您取消了此次域名转入");
		assertXmlLike("QueryTransferInByInstanceId.success.xml", call(call, "XML"), Set.of());
	}

	private Response call(Map<String, String> parameters, String format) {
		Map<String, String> all = new LinkedHashMap<>(parameters);
		all.put("Format", format);
		return rpc().queryParams(all).post("/");
	}

	private static void assertJsonLike(String example, Response reply, Set<String> added) throws IOException {
		JsonNode expected = JSON.readTree(read(example));
		JsonNode actual = JSON.readTree(reply.asString());
		Set<String> names = new TreeSet<>(expected.propertyNames());
		names.addAll(added);
		assertThat(new TreeSet<>(actual.propertyNames())).isEqualTo(names);
		for (String name : expected.propertyNames()) {
			if (!name.equals("UserId")) {
				assertThat(actual.get(name).getNodeType()).as(name).isEqualTo(expected.get(name).getNodeType());
			}
		}
		if (actual.has("UserId")) {
			assertThat(actual.get("UserId").isString()).isTrue();
		}
	}

	private static void assertXmlLike(String example, Response reply, Set<String> added) throws Exception {
		Element expected = root(read(example));
		Element actual = root(reply.asString());
		assertThat(actual.getTagName()).isEqualTo(expected.getTagName());
		Set<String> names = children(expected);
		names.addAll(added);
		assertThat(children(actual)).isEqualTo(names);
	}

	private static Element root(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
	}

	private static Set<String> children(Element element) {
		Set<String> names = new TreeSet<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				names.add(childElement.getTagName());
			}
		}
		return names;
	}

	private static String read(String example) throws IOException {
		return Files.readString(Path.of("src/test/resources/seed-examples", example), StandardCharsets.UTF_8);
	}

}
