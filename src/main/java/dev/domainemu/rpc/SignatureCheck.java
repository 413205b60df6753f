package dev.domainemu.rpc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	/**
	 * Each thread's MACs, kept with the key they were last given: a call signed with the
	 * key of the thread's previous call (the usual case) skips the key's set-up.
	 */
	private static final ThreadLocal<KeyedMac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA1"));

	private static final ThreadLocal<KeyedMac> HMAC_SHA256 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA256"));

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
			throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, v1StringToSign(method, parameters, true));
		}
		String secret = key.accessKeySecret() + "&";
		// the legacy SDK signs empty values, the Tea runtime leaves them out
		String withEmpty = v1StringToSign(method, parameters, true);
		if (!MessageDigest.isEqual(given, hmac("HmacSHA1", secret, withEmpty)) && !(parameters.containsValue("")
				&& MessageDigest.isEqual(given, hmac("HmacSHA1", secret, v1StringToSign(method, parameters, false))))) {
			throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, withEmpty);
		}
		nonce(accessKeyId, nonce, timestamp);
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
	 * {@code encode(encode(value))}, appended: an encoded byte's {@code %} is
	 * {@code %25}.
	 */
	private static void encodeTwice(String value, StringBuilder into) {
		int length = value.length();
		int i = 0;
		while (i < length && unreserved(value.charAt(i))) {
			i++;
		}
		into.append(value, 0, i);
		if (i == length) {
			return;
		}
		for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (unreserved(c)) {
				into.append(c);
			}
			else {
				into.append("%25").append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
			}
		}
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
		String payloadHash = HexFormat.of().formatHex(sha256(body));
		String claimedHash = request.getHeader("x-acs-content-sha256");
		StringBuilder canonical = new StringBuilder(request.getMethod()).append("\n/\n");
		StringBuilder queryString = new StringBuilder();
		new TreeMap<>(query).forEach((name, value) -> {
			if (!queryString.isEmpty()) {
				queryString.append('&');
			}
			queryString.append(encode(name)).append('=').append(encode(value));
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
				+ HexFormat.of().formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
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
		if ((claimedHash != null && !claimedHash.equalsIgnoreCase(payloadHash))
				|| !MessageDigest.isEqual(given, hmac("HmacSHA256", key.accessKeySecret(), stringToSign))) {
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
			timestamp = parseTimestamp(value);
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

	/**
	 * Percent-encoding of the signatures: UTF-8, unreserved characters
	 * ({@code A-Z a-z 0-9
	 * - _ . ~}) kept, every other byte {@code %XY} in upper-case hex (so a space is
	 * {@code %20} and {@code *} is {@code %2A}).
	 */
	static String encode(String value) {
		int length = value.length();
		int i = 0;
		while (i < length && unreserved(value.charAt(i))) {
			i++;
		}
		if (i == length) {
			return value;
		}
		StringBuilder encoded = new StringBuilder(length + 16).append(value, 0, i);
		for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (unreserved(c)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
			}
		}
		return encoded.toString();
	}

	private static boolean unreserved(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == '~';
	}

	private static byte[] hmac(String algorithm, String key, String text) {
		return (algorithm.equals("HmacSHA1") ? HMAC_SHA1 : HMAC_SHA256).get()
			.sign(key, text.getBytes(StandardCharsets.UTF_8));
	}

	/** A MAC and the key it was last set up with. */
	private static final class KeyedMac {

		private final Mac mac;

		private final String algorithm;

		private String key;

		KeyedMac(String algorithm) {
			this.algorithm = algorithm;
			try {
				this.mac = Mac.getInstance(algorithm);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		byte[] sign(String key, byte[] text) {
			if (!key.equals(this.key)) {
				try {
					this.mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), this.algorithm));
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalStateException(ex);
				}
				this.key = key;
			}
			// doFinal leaves the MAC set up with its key, ready for the next text
			return this.mac.doFinal(text);
		}

	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
