package dev.domainemu.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * What an access key and an account may look like: the checks a key to register must
 * pass, and the identifiers the emulator makes for new accounts and keys.
 */
public final class KeyRules {

	private static final String KEY_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

	private static final Pattern USER_ID = Pattern.compile("[0-9]{1,32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyRules() {
	}

	/**
	 * Checks a key to register, as {@link Accounts#register} does before anything else.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	public static void check(KeyRecord requested) {
		if (requested.accessKeyId() == null || !ACCESS_KEY_ID.matcher(requested.accessKeyId()).matches()) {
			throw new IllegalArgumentException("accessKeyId: 1 to 128 letters, digits, '.', '_' or '-'");
		}
		if (requested.accessKeySecret() == null || requested.accessKeySecret().isEmpty()
				|| requested.accessKeySecret().length() > 256) {
			throw new IllegalArgumentException("accessKeySecret: 1 to 256 characters");
		}
		if (requested.userId() != null && !USER_ID.matcher(requested.userId()).matches()) {
			throw new IllegalArgumentException("userId: 1 to 32 digits");
		}
		if (requested.securityToken() != null && requested.securityToken().length() > 4096) {
			throw new IllegalArgumentException("securityToken: at most 4096 characters");
		}
	}

	/** Sixteen digits from a digest of the key, never the default account's. */
	static String derivedUserId(String accessKeyId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessKeyId.getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (digest[i] & 0xff);
			}
			return "2" + String.format("%015d", Long.remainderUnsigned(value, 1_000_000_000_000_000L));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new account's UserId: a 3 and fifteen random digits. */
	static String newUserId() {
		return "3" + digits(15);
	}

	/** A new AccessKeyId: LTAI and twenty random letters and digits. */
	static String newAccessKeyId() {
		return "LTAI" + characters(20);
	}

	/** A new secret: thirty random letters and digits. */
	static String newSecret() {
		return characters(30);
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + RANDOM.nextInt(10)));
		}
		return digits.toString();
	}

	private static String characters(int count) {
		StringBuilder characters = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			characters.append(KEY_CHARACTERS.charAt(RANDOM.nextInt(KEY_CHARACTERS.length())));
		}
		return characters.toString();
	}

}
