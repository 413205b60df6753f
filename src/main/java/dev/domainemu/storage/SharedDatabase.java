package dev.domainemu.storage;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Whether other emulators may share this one's database (replicas on PostgreSQL). Then
 * what a replica keeps in memory to save a query (the clock's setting, whether any fault
 * rule exists) is read from the database instead, where another replica may have changed
 * it. {@code emulator.shared-database}: {@code auto} (the default: shared unless the
 * database is H2, which one process owns), {@code true} or {@code false}.
 */
@Component
public class SharedDatabase {

	private final boolean shared;

	private final boolean postgres;

	SharedDatabase(StorageProperties properties, DataSourceProperties dataSource) {
		String url = (dataSource.getUrl() != null) ? dataSource.getUrl() : "";
		this.postgres = url.startsWith("jdbc:postgresql:");
		this.shared = switch (properties.sharedDatabase()) {
			case TRUE -> true;
			case FALSE -> false;
			case AUTO -> !url.startsWith("jdbc:h2:");
		};
	}

	/** Whether the database is PostgreSQL (else H2), for the statements that differ. */
	public boolean postgres() {
		return this.postgres;
	}

	/** Whether state kept in memory must be read from the database at each use. */
	public boolean shared() {
		return this.shared;
	}

}
