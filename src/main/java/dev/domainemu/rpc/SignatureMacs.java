package dev.domainemu.rpc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MACs and the digest a signature check computes. Each thread keeps its MACs with the
 * key they were last given: a call signed with the key of the thread's previous call (the
 * usual case) skips the key's set-up.
 */
final class SignatureMacs {

	private static final ThreadLocal<KeyedMac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA1"));

	private static final ThreadLocal<KeyedMac> HMAC_SHA256 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA256"));

	private SignatureMacs() {
	}

	static byte[] hmac(String algorithm, String key, String text) {
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

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
