package dev.domainemu.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the control plane.
 *
 * @param token when set, every control-plane call but {@code GET /_emulator/health} (and
 * the API description and its UI pages) needs {@code Authorization: Bearer <token>}
 */
@ConfigurationProperties("emulator.admin")
record AdminProperties(String token) {

	boolean guarded() {
		return this.token != null && !this.token.isEmpty();
	}

}
