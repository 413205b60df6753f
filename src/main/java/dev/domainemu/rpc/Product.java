package dev.domainemu.rpc;

/**
 * The two API products the emulator answers for: they share every action and differ in
 * version and host.
 */
enum Product {

	DOMAIN("Domain", "2018-01-29", "domain.aliyuncs.com"),

	DOMAIN_INTL("Domain-intl", "2017-12-18", "domain-intl.aliyuncs.com");

	private final String code;

	private final String version;

	private final String hostId;

	Product(String code, String version, String hostId) {
		this.code = code;
		this.version = version;
		this.hostId = hostId;
	}

	String code() {
		return this.code;
	}

	String hostId() {
		return this.hostId;
	}

	static Product forVersion(String version) {
		for (Product product : values()) {
			if (product.version.equals(version)) {
				return product;
			}
		}
		return null;
	}

}
