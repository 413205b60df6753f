package dev.domainemu.rpc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.domainemu.account.Accounts;
import dev.domainemu.account.KeyRecord;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a call's signature as the API does (spec §2.4–2.5), when
 * {@code emulator.signature.mode} asks for it: V1 (HMAC-SHA1 over the query and form
 * parameters, with and without the empty values, so both the legacy and the Tea signers
 * pass) and V3 (ACS3-HMAC-SHA256 over the headers the client names, its body's hash
 * included). The timestamp is held to the real time; a nonce is good once per key within
 * the window, across the emulators that share a database too. Only a key registered with
 * its secret can be checked.
 */
@Component
class SignatureCheck {

	private static final Logger logger = LoggerFactory.getLogger("dev.domainemu.rpc.signatures");

	private static final String V3 = "ACS3-HMAC-SHA256";

	private final SignatureProperties properties;

	private final Accounts accounts;

	private final Nonces nonces;

	SignatureCheck(SignatureProperties properties, Accounts accounts, ObjectProvider<NonceTable> tables) {
		this.properties = properties;
		this.accounts = accounts;
		NonceTable table = tables.getIfAvailable();
		this.nonces = (table != null && table.shared()) ? table : new NonceLedger(properties.maxNonces());
	}

	boolean active() {
		return this.properties.mode() != SignatureProperties.Mode.OFF;
	}

	/**
	 * Checks the call; in {@code enforce} a signature that does not hold is thrown as the
	 * API's error, in {@code log} it is logged and the call goes on.
	 * @param parameters the query and form parameters, decoded
	 * @param query the query parameters alone, decoded
	 * @param body the body's bytes
	 * @return in {@code log}, why the signature does not hold (the Code and message, as
	 * {@code enforce} would answer), for the journal; else {@code null}
	 */
	String check(HttpServletRequest request, Map<String, String> parameters, Map<String, String> query, byte[] body) {
		if (!active()) {
			return null;
		}
		try {
			String authorization = request.getHeader("Authorization");
			if (authorization != null && authorization.startsWith("ACS3-")) {
				checkV3(request, authorization, query, body);
			}
			else {
				checkV1(request.getMethod(), parameters);
			}
			return null;
		}
		catch (ApiException ex) {
			if (this.properties.mode() == SignatureProperties.Mode.ENFORCE) {
				throw ex;
			}
			String code = ex.error().code(ex.argument());
			String message = ex.error().message(Lang.EN, ex.argument());
			logger.info("Signature check failed ({}): {}", code, message);
			return code + ": " + message;
		}
	}

	private void checkV1(String method, Map<String, String> parameters) {
		String accessKeyId = required(parameters, "AccessKeyId");
		String signature = required(parameters, "Signature");
		String signatureMethod = required(parameters, "SignatureMethod");
		if (!signatureMethod.equals("HMAC-SHA1")) {
			throw new ApiException(ApiError.INVALID_PARAMETER, "SignatureMethod");
		}
		Instant timestamp = timestamp(required(parameters, "Timestamp"));
		String nonce = required(parameters, "SignatureNonce");
		KeyRecord key = key(accessKeyId);
		token(key, parameters.get("SecurityToken"));
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH,
					SignatureText.v1StringToSign(method, parameters, true));
		}
		String secret = key.accessKeySecret() + "&";
		// the legacy SDK signs empty values, the Tea runtime leaves them out
		String withEmpty = SignatureText.v1StringToSign(method, parameters, true);
		if (!MessageDigest.isEqual(given, SignatureMacs.hmac("HmacSHA1", secret, withEmpty))
				&& !(parameters.containsValue("") && MessageDigest.isEqual(given, SignatureMacs.hmac("HmacSHA1", secret,
						SignatureText.v1StringToSign(method, parameters, false))))) {
			throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, withEmpty);
		}
		nonce(accessKeyId, nonce, timestamp);
	}

	private void checkV3(HttpServletRequest request, String authorization, Map<String, String> query, byte[] body) {
		Map<String, String> parts = authorizationParts(authorization);
		String algorithm = authorization.substring(0,
				authorization.indexOf(' ') < 0 ? authorization.length() : authorization.indexOf(' '));
		if (!algorithm.equals(V3)) {
			throw new ApiException(ApiError.INVALID_PARAMETER, "SignatureMethod");
		}
		String accessKeyId = parts.get("Credential");
		String signedHeaders = parts.get("SignedHeaders");
		String signature = parts.get("Signature");
		if (accessKeyId == null || signedHeaders == null || signature == null) {
			throw new ApiException(ApiError.INCOMPLETE_SIGNATURE, "");
		}
		String payloadHash = HexFormat.of().formatHex(SignatureMacs.sha256(body));
		String claimedHash = request.getHeader("x-acs-content-sha256");
		StringBuilder canonical = new StringBuilder(request.getMethod()).append("\n/\n");
		StringBuilder queryString = new StringBuilder();
		new TreeMap<>(query).forEach((name, value) -> {
			if (!queryString.isEmpty()) {
				queryString.append('&');
			}
			queryString.append(SignatureText.encode(name)).append('=').append(SignatureText.encode(value));
		});
		canonical.append(queryString).append('\n');
		boolean complete = true;
		for (String name : signedHeaders.split(";")) {
			String value = request.getHeader(name);
			if (value == null) {
				complete = false;
				value = "";
			}
			canonical.append(name.toLowerCase(Locale.ROOT)).append(':').append(value.trim()).append('\n');
		}
		canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
		String stringToSign = V3 + "\n"
				+ HexFormat.of().formatHex(SignatureMacs.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		String date = request.getHeader("x-acs-date");
		String nonce = request.getHeader("x-acs-signature-nonce");
		if (!complete || date == null || nonce == null) {
			throw new ApiException(ApiError.INCOMPLETE_SIGNATURE, stringToSign);
		}
		Instant timestamp = timestamp(date);
		KeyRecord key = key(accessKeyId);
		token(key, request.getHeader("x-acs-security-token"));
		byte[] given;
		try {
			given = HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, stringToSign);
		}
		if ((claimedHash != null && !claimedHash.equalsIgnoreCase(payloadHash)) || !MessageDigest.isEqual(given,
				SignatureMacs.hmac("HmacSHA256", key.accessKeySecret(), stringToSign))) {
			throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, stringToSign);
		}
		nonce(accessKeyId, nonce, timestamp);
	}

	/** The {@code k=v} pairs after the algorithm, in any order. */
	private static Map<String, String> authorizationParts(String authorization) {
		Map<String, String> parts = new LinkedHashMap<>();
		int space = authorization.indexOf(' ');
		if (space < 0) {
			return parts;
		}
		for (String part : authorization.substring(space + 1).split(",")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				parts.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
			}
		}
		return parts;
	}

	private static String required(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null || value.isEmpty()) {
			throw new ApiException(ApiError.MISSING_PARAMETER, name);
		}
		return value;
	}

	private Instant timestamp(String value) {
		Instant timestamp;
		try {
			timestamp = SignatureText.parseTimestamp(value);
		}
		catch (DateTimeException ex) {
			throw new ApiException(ApiError.TIMESTAMP_FORMAT);
		}
		Instant now = Instant.now();
		if (timestamp.isBefore(now.minus(this.properties.timestampWindow()))
				|| timestamp.isAfter(now.plus(this.properties.timestampWindow()))) {
			throw new ApiException(ApiError.TIMESTAMP_EXPIRED);
		}
		return timestamp;
	}

	/** The key with its secret; a key met in isolated mode has none and cannot sign. */
	private KeyRecord key(String accessKeyId) {
		KeyRecord key = this.accounts.key(accessKeyId).orElse(null);
		if (key == null || key.accessKeySecret() == null) {
			throw new ApiException(ApiError.ACCESS_KEY_NOT_FOUND);
		}
		return key;
	}

	private static void token(KeyRecord key, String given) {
		if (key.securityToken() != null && !key.securityToken().equals(given)) {
			throw new ApiException(ApiError.SECURITY_TOKEN_MISMATCH);
		}
	}

	/** A nonce is remembered for as long as its call's timestamp would be accepted. */
	private void nonce(String accessKeyId, String nonce, Instant timestamp) {
		if (!this.nonces.firstUse(accessKeyId, nonce, Instant.now(),
				timestamp.plus(this.properties.timestampWindow()))) {
			throw new ApiException(ApiError.NONCE_USED);
		}
	}

}
