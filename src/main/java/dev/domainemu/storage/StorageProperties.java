package dev.domainemu.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Storage.
 *
 * @param sharedDatabase whether other emulators may share the database: {@code auto}
 * (shared unless it is H2, which one process owns), {@code true} or {@code false}
 */
@ConfigurationProperties("emulator")
public record StorageProperties(@DefaultValue("auto") Sharing sharedDatabase) {

	/** How {@code emulator.shared-database} is set. */
	public enum Sharing {

		AUTO, TRUE, FALSE

	}

}
