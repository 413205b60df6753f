package dev.domainemu.rpc;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

/**
 * The texts a signature is made over (spec §2.4–2.5): V1's string to sign, the
 * percent-encoding both versions use, and the timestamp's one accepted form.
 */
final class SignatureText {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private SignatureText() {
	}

	/** {@code METHOD&%2F&percentEncode(sorted name=value&…)}, the signature left out. */
	static String v1StringToSign(String method, Map<String, String> parameters, boolean withEmptyValues) {
		String[] names = parameters.keySet().toArray(new String[0]);
		Arrays.sort(names);
		// percent-encoded twice at once: the pairs, then the whole query as one value
		StringBuilder stringToSign = new StringBuilder(512).append(method).append("&%2F&");
		boolean first = true;
		for (String name : names) {
			String value = parameters.get(name);
			if (name.equals("Signature") || (!withEmptyValues && value.isEmpty())) {
				continue;
			}
			if (!first) {
				stringToSign.append("%26");
			}
			first = false;
			encodeTwice(name, stringToSign);
			stringToSign.append("%3D");
			encodeTwice(value, stringToSign);
		}
		return stringToSign.toString();
	}

	/**
	 * Percent-encoding of the signatures: UTF-8, unreserved characters
	 * ({@code A-Z a-z 0-9
	 * - _ . ~}) kept, every other byte {@code %XY} in upper-case hex (so a space is
	 * {@code %20} and {@code *} is {@code %2A}).
	 */
	static String encode(String value) {
		int plain = unreservedPrefix(value);
		if (plain == value.length()) {
			return value;
		}
		StringBuilder encoded = new StringBuilder(value.length() + 16);
		appendEncoded(value, plain, "%", encoded);
		return encoded.toString();
	}

	/**
	 * {@code encode(encode(value))}, appended: an encoded byte's {@code %} is
	 * {@code %25}.
	 */
	private static void encodeTwice(String value, StringBuilder into) {
		appendEncoded(value, unreservedPrefix(value), "%25", into);
	}

	/** How many characters at the start of the value are unreserved. */
	private static int unreservedPrefix(String value) {
		int i = 0;
		while (i < value.length() && unreserved(value.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * Appends the value encoded, its first {@code plain} characters as they are (they are
	 * unreserved), every other byte as {@code escape} and two hex digits.
	 */
	private static void appendEncoded(String value, int plain, String escape, StringBuilder into) {
		into.append(value, 0, plain);
		if (plain == value.length()) {
			return;
		}
		for (byte b : value.substring(plain).getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (unreserved(c)) {
				into.append(c);
			}
			else {
				into.append(escape).append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
			}
		}
	}

	private static boolean unreserved(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == '~';
	}

	/**
	 * A timestamp of exactly {@code yyyy-MM-ddTHH:mm:ssZ} (no fraction, no offset), read
	 * field by field: a formatter costs more than the rest of the check. A leap second is
	 * left to {@link Instant#parse}, as the format's general reading takes it.
	 * @throws DateTimeException when the text is not such a time
	 */
	static Instant parseTimestamp(String value) {
		if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
				|| value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
			throw new DateTimeParseException("not yyyy-MM-ddTHH:mm:ssZ", value, 0);
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 2);
		int day = digits(value, 8, 2);
		int hour = digits(value, 11, 2);
		int minute = digits(value, 14, 2);
		int second = digits(value, 17, 2);
		if (second == 60) {
			return Instant.parse(value);
		}
		if (hour > 23 || minute > 59 || second > 59) {
			throw new DateTimeParseException("not a time of day", value, 11);
		}
		long days = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(days * 86_400 + hour * 3600 + minute * 60 + second);
	}

	private static int digits(String value, int from, int count) {
		int number = 0;
		for (int i = from; i < from + count; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				throw new DateTimeParseException("not a digit", value, i);
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

}
