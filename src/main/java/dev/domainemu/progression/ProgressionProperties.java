package dev.domainemu.progression;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configured policy of each kind of step: {@code emulator.progression.<kind>.policy}
 * and {@code .duration}, either optional (the step's own default fills in). A key that
 * names no step stops the start.
 *
 * @param progression each configured kind (as the configuration spells it) and its
 * setting
 */
@ConfigurationProperties("emulator")
record ProgressionProperties(@DefaultValue Map<String, Configured> progression) {

	/** A step's policy and duration as the configuration gives them, either optional. */
	record Configured(StepPolicy policy, Duration duration) {
	}

}
