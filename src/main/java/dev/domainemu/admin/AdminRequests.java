package dev.domainemu.admin;

import java.time.Instant;

/**
 * Bodies of admin requests and replies.
 */
final class AdminRequests {

	private AdminRequests() {
	}

	record NewDomain(String domainName, String transferAuthorizationCode, Boolean transferProhibited) {
	}

	record ClockState(Instant now, Boolean frozen) {
	}

	record Advance(Double seconds) {
	}

}
