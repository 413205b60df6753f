package dev.domainemu.domain;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Makes transfer authorization codes as registrars do: 12 characters with upper- and
 * lower-case letters, digits and one symbol.
 */
@Component
class AuthorizationCodes {

	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "#$%&*+";

	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder code = new StringBuilder(12);
		code.append(LETTERS.charAt(this.random.nextInt(24)));
		code.append(LETTERS.charAt(24 + this.random.nextInt(24)));
		code.append(DIGITS.charAt(this.random.nextInt(DIGITS.length())));
		code.append(SYMBOLS.charAt(this.random.nextInt(SYMBOLS.length())));
		String all = LETTERS + DIGITS;
		while (code.length() < 12) {
			code.append(all.charAt(this.random.nextInt(all.length())));
		}
		return code.toString();
	}

}
