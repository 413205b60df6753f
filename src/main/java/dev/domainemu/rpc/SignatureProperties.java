package dev.domainemu.rpc;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether and how calls' signatures are checked.
 *
 * @param mode {@code off}: not checked; {@code log}: checked, and each mismatch logged
 * and journaled with the server's string to sign, the call going on; {@code enforce}: a
 * call whose signature does not hold is refused as the API refuses it
 * @param timestampWindow how far a call's timestamp may be from the real time (not the
 * emulator's clock: clients sign with real time), either way
 * @param maxNonces how many signature nonces are remembered in memory (within the window)
 * to refuse a replay, by an emulator that owns its database (emulators sharing one keep
 * them there)
 */
@ConfigurationProperties("emulator.signature")
record SignatureProperties(@DefaultValue("off") Mode mode, @DefaultValue("15m") Duration timestampWindow,
		@DefaultValue("100000") int maxNonces) {

	SignatureProperties {
		if (timestampWindow.isNegative() || timestampWindow.isZero()) {
			throw new IllegalArgumentException("emulator.signature.timestamp-window must be positive");
		}
		if (maxNonces < 1) {
			throw new IllegalArgumentException("emulator.signature.max-nonces must be 1 or more");
		}
	}

	/** Whether and how signatures are checked. */
	enum Mode {

		OFF, LOG, ENFORCE

	}

}
