package dev.domainemu.rpc;

import java.util.Locale;

/**
 * The one rule for domain names in requests: at most 255 characters, no spaces, controls,
 * slashes, {@code ?#@}, and no empty label; ASCII letters are lower-cased and other
 * characters (IDN names such as {@code 中文.com}) kept as sent.
 */
public final class DomainNames {

	static final int MAX_LENGTH = 255;

	private DomainNames() {
	}

	/** The normalised name, or {@code null} when the value is not a domain name. */
	public static String normalize(String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || "/\\?#@".indexOf(c) >= 0) {
				return null;
			}
		}
		if (value.startsWith(".") || value.endsWith(".") || value.contains("..")) {
			return null;
		}
		return value.toLowerCase(Locale.ROOT);
	}

}
