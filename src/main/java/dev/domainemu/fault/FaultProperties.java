package dev.domainemu.fault;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fault rules.
 *
 * @param maxFirings how many recorded firings are kept (the oldest go first)
 */
@ConfigurationProperties("emulator.faults")
record FaultProperties(@DefaultValue("10000") long maxFirings) {

	FaultProperties {
		if (maxFirings < 1) {
			throw new IllegalArgumentException("emulator.faults.max-firings must be 1 or more");
		}
	}

}
