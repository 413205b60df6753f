package dev.domainemu.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import io.restassured.response.Response;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Replies written by hand under {@code src/test/resources/golden/by-hand} (its README
 * says how they are written): fields in any order, list items in order, and
 * {@code ${name}} for an identifier, bound where it first appears and the same wherever
 * it appears again in the sequence of replies one instance checks.
 */
public final class HandWritten {

	private static final Path ROOT = Path.of("src/test/resources/golden/by-hand");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

	private static final String UPPER_UUID = "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}";

	private static final String LOWER_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

	private static final Map<String, String> SHAPES = Map.of("requestId", UPPER_UUID, "taskNo", LOWER_UUID,
			"taskDetailNo", LOWER_UUID, "instanceId", "S20\\d\\d[0-9A-Z]{11}");

	private final Map<String, String> bound = new HashMap<>();

	/** Binds a name to the value another reply or the control plane gave. */
	public void bind(String name, String value) {
		this.bound.put(name, value);
	}

	/** The value bound to the name so far. */
	public String get(String name) {
		String value = this.bound.get(name);
		assertThat(value).as("${%s} is bound", name).isNotNull();
		return value;
	}

	/**
	 * Checks the reply against {@code <name>.json} or {@code <name>.xml} (as its
	 * Content-Type says), with {@code ${requestId}} bound to its {@code x-acs-request-id}
	 * header.
	 */
	public void assertReply(String name, Response reply) {
		String contentType = reply.header("Content-Type");
		boolean json = contentType.startsWith("application/json");
		assertThat(contentType).isIn("application/json;charset=utf-8", "text/xml;charset=utf-8");
		this.bound.put("requestId", reply.header("x-acs-request-id"));
		String file = name + (json ? ".json" : ".xml");
		JsonNode expected = json ? JSON.readTree(read(file)) : xmlTree(read(file));
		JsonNode actual = json ? JSON.readTree(reply.asString()) : xmlTree(reply.asString());
		compare(file, "$", expected, actual);
	}

	private void compare(String file, String path, JsonNode expected, JsonNode actual) {
		String where = file + " at " + path;
		if (expected.isString() && PLACEHOLDER.matcher(expected.asString()).find()) {
			assertThat(actual.isString()).as(where + " is a string: " + actual).isTrue();
			matchText(where, expected.asString(), actual.asString());
		}
		else if (expected.isObject()) {
			assertThat(actual.isObject()).as(where + " is an object: " + actual).isTrue();
			assertThat(names(actual)).as(where + " has exactly the fields written").isEqualTo(names(expected));
			for (String field : names(expected)) {
				compare(file, path + "." + field, expected.get(field), actual.get(field));
			}
		}
		else if (expected.isArray()) {
			assertThat(actual.isArray()).as(where + " is a list: " + actual).isTrue();
			assertThat(actual.size()).as(where + " has as many items as written").isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				compare(file, path + "[" + i + "]", expected.get(i), actual.get(i));
			}
		}
		else {
			assertThat(actual).as(where).isEqualTo(expected);
		}
	}

	/** Matches a text with placeholders, binding those not bound yet. */
	private void matchText(String where, String expected, String actual) {
		StringBuilder regex = new StringBuilder();
		Set<String> captured = new HashSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(expected);
		int last = 0;
		while (placeholder.find()) {
			regex.append(Pattern.quote(expected.substring(last, placeholder.start())));
			String name = placeholder.group(1);
			if (this.bound.containsKey(name)) {
				regex.append(Pattern.quote(this.bound.get(name)));
			}
			else if (captured.contains(name)) {
				regex.append("\\k<").append(name).append('>');
			}
			else {
				String shape = SHAPES.get(name);
				if (shape == null) {
					fail(where + ": no shape for ${" + name + "}");
				}
				regex.append("(?<").append(name).append('>').append(shape).append(')');
				captured.add(name);
			}
			last = placeholder.end();
		}
		regex.append(Pattern.quote(expected.substring(last)));
		Matcher matcher = Pattern.compile(regex.toString()).matcher(actual);
		assertThat(matcher.matches()).as("%s: %s matches %s with %s", where, actual, expected, this.bound).isTrue();
		captured.forEach((name) -> this.bound.put(name, matcher.group(name)));
	}

	private static Set<String> names(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	/**
	 * An XML document as a tree: an element with child elements is an object of them
	 * (repeated names a list, in order), any other its text.
	 */
	private static JsonNode xmlTree(String xml) {
		try {
			Element root = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
			ObjectNode document = JsonNodeFactory.instance.objectNode();
			document.set(root.getTagName(), element(root));
			return document;
		}
		catch (Exception ex) {
			throw new AssertionError("Not XML: " + xml, ex);
		}
	}

	private static JsonNode element(Element element) {
		ObjectNode children = JsonNodeFactory.instance.objectNode();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element item) {
				JsonNode value = element(item);
				JsonNode previous = children.get(item.getTagName());
				if (previous == null) {
					children.set(item.getTagName(), value);
				}
				else if (previous instanceof ArrayNode list) {
					list.add(value);
				}
				else {
					ArrayNode list = JsonNodeFactory.instance.arrayNode();
					list.add(previous);
					list.add(value);
					children.set(item.getTagName(), list);
				}
			}
		}
		return children.isEmpty() ? JsonNodeFactory.instance.stringNode(element.getTextContent()) : children;
	}

	private static String read(String file) {
		try {
			return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
