package dev.domainemu.rpc;

import java.util.Locale;

/**
 * Reply format. {@code Format} is compared case-insensitively; XML is the default.
 */
enum WireFormat {

	JSON("application/json;charset=utf-8"), XML("text/xml;charset=utf-8");

	private final String contentType;

	WireFormat(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return this.contentType;
	}

	static WireFormat parse(String value) {
		if (value == null || value.isEmpty()) {
			return XML;
		}
		return switch (value.toUpperCase(Locale.ROOT)) {
			case "JSON" -> JSON;
			case "XML" -> XML;
			default -> null;
		};
	}

}
