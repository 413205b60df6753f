package dev.domainemu.scenario;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scenarios.
 *
 * @param dir a directory whose scenario files are loaded at start-up (none when blank)
 */
@ConfigurationProperties("emulator.scenarios")
record ScenarioProperties(@DefaultValue("") String dir) {
}
