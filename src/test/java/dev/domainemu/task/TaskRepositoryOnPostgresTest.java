package dev.domainemu.task;

import dev.domainemu.support.EmbeddedPostgresDatabase;
import dev.domainemu.support.RepositorySlice;
import dev.domainemu.support.RunsBeside;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TaskRepositoryContract} on an embedded PostgreSQL server. */
@RepositorySlice
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@RunsBeside
class TaskRepositoryOnPostgresTest extends TaskRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

}
