package dev.domainemu.rpc;

/**
 * Language of messages, from the {@code Lang} parameter: {@code zh} (any case, with or
 * without a region such as {@code zh-CN}) is Chinese, anything else English.
 */
public enum Lang {

	EN, ZH;

	static Lang parse(String value) {
		return (value != null && value.regionMatches(true, 0, "zh", 0, 2)) ? ZH : EN;
	}

}
