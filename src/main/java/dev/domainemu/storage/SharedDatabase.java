package dev.domainemu.storage;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

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

	/**
	 * A statement that inserts a row or, when a row with its key is there, sets the other
	 * columns: {@code insert … on conflict} on PostgreSQL, {@code merge … key} on H2. Its
	 * parameters are the key's columns, then the others, in the order given.
	 */
	public String upsert(String table, List<String> key, List<String> columns) {
		String keys = String.join(", ", key);
		String all = keys + ", " + String.join(", ", columns);
		String marks = String.join(", ", Collections.nCopies(key.size() + columns.size(), "?"));
		if (!this.postgres) {
			return "merge into " + table + " (" + all + ") key (" + keys + ") values (" + marks + ")";
		}
		return "insert into " + table + " (" + all + ") values (" + marks + ") on conflict (" + keys
				+ ") do update set "
				+ columns.stream().map((column) -> column + " = excluded." + column).collect(Collectors.joining(", "));
	}

	/** Whether state kept in memory must be read from the database at each use. */
	public boolean shared() {
		return this.shared;
	}

}
