package dev.domainemu.storage;

import java.io.IOException;

import dev.domainemu.EmulatorApplication;
import dev.domainemu.support.RunsBeside;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.hamcrest.Matchers.equalTo;

/**
 * The health endpoint checks the database: an emulator on PostgreSQL is UP while the
 * server runs and DOWN (503, JSON) once it is stopped.
 */
@RunsBeside
class HealthDownTest {

	@Test
	void healthIsDownOnceTheDatabaseIsGone() throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
		try (ConfigurableApplicationContext emulator = new SpringApplicationBuilder(EmulatorApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				// a connection is waited for 2 s, not the pool's default 30 s
				"--spring.datasource.hikari.connection-timeout=2000")) {
			int port = Integer.parseInt(emulator.getEnvironment().getProperty("local.server.port"));
			RestAssured.given()
				.port(port)
				.get("/_emulator/health")
				.then()
				.statusCode(200)
				.body("status", equalTo("UP"));

			postgres.close();

			RestAssured.given()
				.port(port)
				.get("/_emulator/health")
				.then()
				.statusCode(503)
				.contentType("application/json")
				.body("status", equalTo("DOWN"));
		}
		finally {
			postgres.close();
		}
	}

}
