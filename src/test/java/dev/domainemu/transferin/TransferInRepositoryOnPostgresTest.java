package dev.domainemu.transferin;

import dev.domainemu.support.EmbeddedPostgresDatabase;
import dev.domainemu.support.RepositorySlice;
import dev.domainemu.support.RunsBeside;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TransferInRepositoryContract} on an embedded PostgreSQL server. */
@RepositorySlice
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@RunsBeside
class TransferInRepositoryOnPostgresTest extends TransferInRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

}
