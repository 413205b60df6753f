package dev.domainemu.storage;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code emulator.shared-database}: H2 is one process's; any other database may be
 * shared.
 */
class SharedDatabaseTest {

	/** Whether the database is shared, the setting bound as the application binds it. */
	private static boolean shared(String url, String setting) {
		MockEnvironment environment = new MockEnvironment();
		if (setting != null) {
			environment.setProperty("emulator.shared-database", setting);
		}
		StorageProperties properties = Binder.get(environment).bindOrCreate("emulator", StorageProperties.class);
		DataSourceProperties dataSource = new DataSourceProperties();
		dataSource.setUrl(url);
		return new SharedDatabase(properties, dataSource).shared();
	}

	@Test
	void byDefaultOnlyANonH2DatabaseIsShared() {
		assertThat(shared("jdbc:h2:mem:emulator;DB_CLOSE_DELAY=-1", null)).isFalse();
		assertThat(shared("jdbc:h2:file:/data/emulator", null)).isFalse();
		assertThat(shared("jdbc:postgresql://db:5432/emulator", null)).isTrue();
		assertThat(shared("jdbc:postgresql://db:5432/emulator", "auto")).isTrue();
	}

	@Test
	void theSettingOverridesTheGuess() {
		assertThat(shared("jdbc:h2:mem:x", "TRUE")).isTrue();
		assertThat(shared("jdbc:postgresql://db/emulator", "false")).isFalse();
		assertThatThrownBy(() -> shared("jdbc:h2:mem:x", "sometimes")).hasMessageContaining("emulator.shared-database");
	}

}
