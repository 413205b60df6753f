package dev.domainemu.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tasks behave.
 *
 * @param maxRetries how many times an attempt that meets a transient registry error is
 * made again before the detail fails
 */
@ConfigurationProperties("emulator.tasks")
record TaskProperties(@DefaultValue("3") int maxRetries) {

	TaskProperties {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("emulator.tasks.max-retries must not be negative");
		}
	}

}
