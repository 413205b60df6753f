package dev.domainemu.rpc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One RPC call: its common parameters, resolved once, and typed access to its business
 * parameters. Every accessor answers a client mistake with {@code Missing{Name}} or
 * {@code Invalid{Name}}.
 */
public final class RpcRequest {

	private final Map<String, String> parameters;

	private final String requestId;

	private final String action;

	private final Product product;

	private final WireFormat format;

	private final Lang lang;

	private final String accessKeyId;

	private final String userId;

	/** Why the call's signature did not hold, when it was let through all the same. */
	private String signatureMismatch;

	RpcRequest(Map<String, String> parameters, String requestId, String action, Product product, WireFormat format,
			Lang lang, String accessKeyId, String userId) {
		this.parameters = parameters;
		this.requestId = requestId;
		this.action = action;
		this.product = product;
		this.format = format;
		this.lang = lang;
		this.accessKeyId = accessKeyId;
		this.userId = userId;
	}

	public String requestId() {
		return this.requestId;
	}

	public String action() {
		return this.action;
	}

	public Lang lang() {
		return this.lang;
	}

	public String accessKeyId() {
		return this.accessKeyId;
	}

	/** The same call, acting for the account its access key resolved to. */
	RpcRequest forAccount(String userId) {
		RpcRequest resolved = new RpcRequest(this.parameters, this.requestId, this.action, this.product, this.format,
				this.lang, this.accessKeyId, userId);
		resolved.signatureMismatch = this.signatureMismatch;
		return resolved;
	}

	/** The account that owns everything this call reads or writes. */
	public String userId() {
		return this.userId;
	}

	/**
	 * Why the call's signature did not hold ({@code emulator.signature.mode=log} lets it
	 * through): the API's Code and message, the server's string to sign included; or
	 * {@code null}.
	 */
	public String signatureMismatch() {
		return this.signatureMismatch;
	}

	void signatureMismatch(String mismatch) {
		this.signatureMismatch = mismatch;
	}

	/** The caller's address as given by {@code UserClientIp}, or {@code null}. */
	public String clientIp() {
		return optionalString("UserClientIp", 64);
	}

	Product product() {
		return this.product;
	}

	WireFormat format() {
		return this.format;
	}

	public String requiredString(String name, int maxLength) {
		String value = optionalString(name, maxLength);
		if (value == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, name);
		}
		return value;
	}

	public String optionalString(String name, int maxLength) {
		String value = this.parameters.get(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.length() > maxLength || hasControlCharacter(value)) {
			throw new ApiException(ApiError.INVALID_PARAMETER, name);
		}
		return value;
	}

	/** A domain name, normalised by {@link DomainNames}. */
	public String requiredDomainName(String name) {
		return checkDomainName(name, requiredString(name, DomainNames.MAX_LENGTH));
	}

	public String optionalDomainName(String name) {
		String value = optionalString(name, DomainNames.MAX_LENGTH);
		return (value != null) ? checkDomainName(name, value) : null;
	}

	private static String checkDomainName(String name, String value) {
		String normalized = DomainNames.normalize(value);
		if (normalized == null) {
			throw new ApiException(ApiError.INVALID_PARAMETER, name);
		}
		return normalized;
	}

	public int requiredInt(String name, int min, int max) {
		Integer value = optionalInt(name, min, max);
		if (value == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, name);
		}
		return value;
	}

	public Integer optionalInt(String name, int min, int max) {
		Long value = optionalLong(name);
		if (value == null) {
			return null;
		}
		if (value < min || value > max) {
			throw new ApiException(ApiError.INVALID_PARAMETER, name);
		}
		return value.intValue();
	}

	public long requiredLong(String name) {
		Long value = optionalLong(name);
		if (value == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, name);
		}
		return value;
	}

	/** Every parameter as sent, unchecked. */
	public Map<String, String> parameters() {
		return Collections.unmodifiableMap(this.parameters);
	}

	/** A parameter's value as sent (unchecked), or {@code null}. */
	public String raw(String name) {
		return this.parameters.get(name);
	}

	/** Whether the request has a non-empty value for the parameter. */
	public boolean has(String name) {
		String value = this.parameters.get(name);
		return value != null && !value.isEmpty();
	}

	public Long optionalLong(String name) {
		String value = optionalString(name, 20);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new ApiException(ApiError.INVALID_PARAMETER, name);
		}
	}

	public boolean requiredBoolean(String name) {
		Boolean value = optionalBoolean(name);
		if (value == null) {
			throw new ApiException(ApiError.MISSING_PARAMETER, name);
		}
		return value;
	}

	public Boolean optionalBoolean(String name) {
		String value = optionalString(name, 5);
		if (value == null) {
			return null;
		}
		if (value.equalsIgnoreCase("true")) {
			return Boolean.TRUE;
		}
		if (value.equalsIgnoreCase("false")) {
			return Boolean.FALSE;
		}
		throw new ApiException(ApiError.INVALID_PARAMETER, name);
	}

	/** A flattened list {@code Name.1}, {@code Name.2}, ... read until the first gap. */
	public List<String> stringList(String name, int maxLength) {
		List<String> values = new ArrayList<>();
		for (int i = 1;; i++) {
			String value = optionalString(name + "." + i, maxLength);
			if (value == null) {
				return values;
			}
			values.add(value);
		}
	}

	/**
	 * A required flattened list of domain names {@code Name.1}, {@code Name.2}, ..., each
	 * normalised: {@code Missing{Name}} when empty, {@code Invalid{Name}} beyond
	 * {@code maxItems}, {@code Invalid{Name}.N} for an item that is not a domain name.
	 */
	public List<String> requiredDomainNameList(String name, int maxItems) {
		List<String> given = stringList(name, DomainNames.MAX_LENGTH);
		if (given.isEmpty()) {
			throw new ApiException(ApiError.MISSING_PARAMETER, name);
		}
		if (given.size() > maxItems) {
			throw new ApiException(ApiError.INVALID_PARAMETER, name);
		}
		List<String> normalized = new ArrayList<>(given.size());
		for (int i = 0; i < given.size(); i++) {
			normalized.add(checkDomainName(name + "." + (i + 1), given.get(i)));
		}
		return normalized;
	}

	/**
	 * As {@link #requiredDomainNameList}, and {@code Invalid{Name}.N} for an item that
	 * repeats an earlier one.
	 */
	public List<String> requiredDistinctDomainNameList(String name, int maxItems) {
		List<String> names = requiredDomainNameList(name, maxItems);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			if (!seen.add(names.get(i))) {
				throw new ApiException(ApiError.INVALID_PARAMETER, name + "." + (i + 1));
			}
		}
		return names;
	}

	private static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isISOControl(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
