package dev.domainemu.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long tasks take, in emulator time.
 *
 * @param startDelay from submission to {@code EXECUTING}
 * @param executionTime from {@code EXECUTING} to success or failure
 */
@ConfigurationProperties("emulator.tasks")
record TaskProperties(@DefaultValue("1s") Duration startDelay, @DefaultValue("2s") Duration executionTime) {
}
