package dev.domainemu.progression;

import java.util.HashMap;
import java.util.Map;

import dev.domainemu.EmulatorApplication;
import dev.domainemu.account.Accounts;
import dev.domainemu.support.RunsBeside;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A step's setting given as an environment variable (whose name loses the dashes) applies
 * to its kind; a setting for a kind that does not exist stops the start, naming it.
 */
@RunsBeside
class ProgressionSettingsTest {

	@Test
	void anEnvironmentVariableSetsItsKindOfStep() {
		// the process's environment with two variables more, read as environment
		// variables are (by the source's name)
		Map<String, Object> variables = new HashMap<>(System.getenv());
		variables.put("EMULATOR_PROGRESSION_TASKSTART_POLICY", "manual");
		variables.put("EMULATOR_PROGRESSION_REGISTRY_DURATION", "7s");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		try (ConfigurableApplicationContext emulator = new SpringApplicationBuilder(EmulatorApplication.class)
			.environment(environment)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:settings-env;DB_CLOSE_DELAY=-1")) {
			Map<String, StepSetting> settings = emulator.getBean(StepPolicies.class)
				.settings(emulator.getBean(Accounts.class).defaultUserId());
			assertThat(settings.get("task-start").policy()).isEqualTo(StepPolicy.MANUAL);
			assertThat(settings.get("registry").duration()).hasSeconds(7);
			assertThat(settings.get("registry").policy()).isEqualTo(StepPolicy.TIMED);
		}
	}

	@Test
	void aSettingForNoKindOfStepStopsTheStart() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(EmulatorApplication.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:settings-typo;DB_CLOSE_DELAY=-1",
					"--emulator.progression.regsitry.duration=5s")
			.close()).hasStackTraceContaining("emulator.progression.regsitry names no step");
	}

}
