package dev.domainemu.rpc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a query string or a form body)
 * strictly: {@code %XX} escapes and {@code +} for a space, then UTF-8 (raw bytes too),
 * refusing bad escapes and malformed or overlong UTF-8 instead of guessing. A parameter
 * that cannot be decoded is left out and remembered, so that the rest (above all
 * {@code Format}) is still read and the refusal is answered in the caller's format. The
 * first value of a repeated name wins, and the query is read before the body, as the
 * servlet container does.
 */
final class FormParameters {

	/** The most parameters a call may carry (a batch of 1,000 orders carries ~4,000). */
	static final int MAX_COUNT = 10_000;

	private final Map<String, String> values = new HashMap<>();

	private int count;

	private String problem;

	private String undecodable;

	/** The parameters read so far. */
	Map<String, String> values() {
		return this.values;
	}

	/**
	 * Why the parameters cannot be used, or {@code null}: too many, or a name that could
	 * not be decoded.
	 */
	String problem() {
		return this.problem;
	}

	/** The first parameter whose value could not be decoded, or {@code null}. */
	String undecodable() {
		return this.undecodable;
	}

	/** Reads the parameters of one query string or form body. */
	void read(CharSequence text) {
		if (text == null) {
			return;
		}
		int length = text.length();
		int start = 0;
		while (start <= length) {
			int end = start;
			while (end < length && text.charAt(end) != '&') {
				end++;
			}
			if (end > start) {
				add(text, start, end);
			}
			start = end + 1;
		}
	}

	private void add(CharSequence text, int start, int end) {
		if (++this.count > MAX_COUNT) {
			if (this.problem == null) {
				this.problem = "the request has more than " + MAX_COUNT + " parameters";
			}
			return;
		}
		int equals = start;
		while (equals < end && text.charAt(equals) != '=') {
			equals++;
		}
		String name = decode(text, start, equals);
		if (name == null || name.isEmpty()) {
			if (this.problem == null && name == null) {
				this.problem = "a parameter name is not valid percent-encoded UTF-8";
			}
			return;
		}
		String value = (equals < end) ? decode(text, equals + 1, end) : "";
		if (value == null) {
			if (this.undecodable == null) {
				this.undecodable = name;
			}
			return;
		}
		this.values.putIfAbsent(name, value);
	}

	/** The decoded text, or {@code null} when it is not valid percent-encoded UTF-8. */
	static String decode(CharSequence text, int start, int end) {
		boolean plain = true;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '%' || c == '+' || c > 0x7F) {
				plain = false;
				break;
			}
		}
		if (plain) {
			return text.subSequence(start, end).toString();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(end - start);
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%') {
				int high = (i + 2 < end) ? Character.digit(text.charAt(i + 1), 16) : -1;
				int low = (high >= 0) ? Character.digit(text.charAt(i + 2), 16) : -1;
				if (low < 0) {
					return null;
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else if (c > 0xFF) {
				// a body is read one byte per character; nothing else comes beyond
				return null;
			}
			else {
				bytes.write(c);
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			CharBuffer decoded = decoder.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return decoded.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
