package dev.domainemu.journal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A call's parameters as the journal keeps them: one string of length-prefixed names and
 * values, secrets masked and long values cut, read back into a map when an entry is
 * shown.
 */
final class JournalParameters {

	static final String MASK = "******";

	/** The longest parameter name kept whole (names of the API are far shorter). */
	private static final int MAX_NAME_LENGTH = 128;

	private static final Set<String> SECRET_NAMES = Set.of("Signature", "SecurityToken", "AccessKeySecret",
			"AuthorizationCode", "TransferAuthorizationCode", "Token");

	private JournalParameters() {
	}

	/**
	 * The parameters as one string of length-prefixed names and values, secrets masked,
	 * each value cut at {@code maxValueLength} characters and each name at 128, at most
	 * {@code maxParameters} of them (then a count of the rest).
	 */
	static String encode(Map<String, String> parameters, int maxParameters, int maxValueLength) {
		StringBuilder encoded = new StringBuilder(parameters.size() * 24);
		int left = maxParameters;
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (left-- == 0) {
				append(encoded, "…");
				append(encoded, (parameters.size() - maxParameters) + " more");
				break;
			}
			append(encoded, cut(parameter.getKey(), MAX_NAME_LENGTH));
			append(encoded, secret(parameter.getKey()) ? MASK : cut(parameter.getValue(), maxValueLength));
		}
		return encoded.toString();
	}

	/** The value, or its start and how many characters were left out. */
	private static String cut(String value, int max) {
		if (value.length() <= max) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end) + "…[" + (value.length() - end) + " more characters]";
	}

	private static void append(StringBuilder encoded, String value) {
		encoded.append(value.length()).append(':').append(value);
	}

	static Map<String, String> decode(String encoded) {
		Map<String, String> parameters = new LinkedHashMap<>();
		int at = 0;
		while (at < encoded.length()) {
			int colon = encoded.indexOf(':', at);
			int length = Integer.parseInt(encoded, at, colon, 10);
			String name = encoded.substring(colon + 1, colon + 1 + length);
			at = colon + 1 + length;
			colon = encoded.indexOf(':', at);
			length = Integer.parseInt(encoded, at, colon, 10);
			parameters.put(name, encoded.substring(colon + 1, colon + 1 + length));
			at = colon + 1 + length;
		}
		return parameters;
	}

	private static boolean secret(String name) {
		int dot = name.lastIndexOf('.');
		return SECRET_NAMES.contains((dot >= 0) ? name.substring(dot + 1) : name);
	}

}
