package dev.domainemu.scenario;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a scenario document from YAML or JSON, strictly: an unknown field or a value of
 * the wrong type is refused with the entry and field it is in.
 */
final class ScenarioReader {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ScenarioReader() {
	}

	/**
	 * The document in the text: JSON when the file name ends in {@code .json} or the text
	 * starts with a brace, YAML otherwise.
	 * @throws ScenarioException naming what could not be read
	 */
	static Scenario read(String file, String document) {
		String text = (document != null && document.startsWith("\uFEFF")) ? document.substring(1) : document;
		if (text == null || text.isBlank()) {
			throw new ScenarioException(List.of(new ScenarioProblem(file, null, null, "the document is empty")));
		}
		boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
		try {
			Scenario scenario = (json ? JSON : YAML).readValue(text, Scenario.class);
			if (scenario == null) {
				throw new ScenarioException(List.of(new ScenarioProblem(file, null, null, "the document is empty")));
			}
			return scenario;
		}
		catch (JacksonException ex) {
			throw new ScenarioException(List.of(problem(file, ex)));
		}
	}

	private static ScenarioProblem problem(String file, JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		String entry = null;
		StringBuilder field = new StringBuilder();
		int start = 0;
		if (!path.isEmpty() && path.get(0).getPropertyName() != null) {
			entry = path.get(0).getPropertyName();
			start = 1;
			if (path.size() > 1 && path.get(1).getIndex() >= 0) {
				entry += "[" + path.get(1).getIndex() + "]";
				start = 2;
			}
		}
		for (int i = start; i < path.size(); i++) {
			JacksonException.Reference reference = path.get(i);
			if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				field.append((field.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
		}
		String fieldName = (field.length() > 0) ? field.toString() : null;
		if (entry == null) {
			return new ScenarioProblem(file, null, null, syntax(ex));
		}
		if (fieldName == null && start == 1 && path.size() == 1 && ex instanceof UnrecognizedPropertyException) {
			return new ScenarioProblem(file, entry, null, unknown((UnrecognizedPropertyException) ex));
		}
		return new ScenarioProblem(file, entry, fieldName, message(ex));
	}

	private static String message(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return unknown(unknown);
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "'" + invalid.getValue() + "' is not " + typeName(invalid.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be " + typeName(mismatched.getTargetType());
		}
		return syntax(ex);
	}

	private static String unknown(UnrecognizedPropertyException ex) {
		TreeSet<String> known = new TreeSet<>();
		ex.getKnownPropertyIds().forEach((id) -> known.add(String.valueOf(id)));
		return "unknown field; the fields here are " + known;
	}

	private static String typeName(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (type == Double.class || type == double.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a string";
		}
		if (List.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "an object";
	}

	private static String syntax(JacksonException ex) {
		String message = ex.getOriginalMessage();
		int newline = (message != null) ? message.indexOf('\n') : -1;
		String first = (newline > 0) ? message.substring(0, newline) : message;
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + first;
		}
		return first;
	}

}
