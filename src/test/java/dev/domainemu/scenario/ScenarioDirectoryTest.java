package dev.domainemu.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.domainemu.EmulatorApplication;
import dev.domainemu.paging.Window;
import dev.domainemu.support.RunsBeside;
import dev.domainemu.transferin.TransferInQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Scenarios in {@code emulator.scenarios.dir} are loaded at startup, in name order; a
 * problem in any file stops the start and names the file, the entry and the field, with
 * nothing loaded.
 */
@RunsBeside
class ScenarioDirectoryTest {

	@TempDir
	Path dir;

	private ConfigurableApplicationContext start() {
		return startWith(this.dir);
	}

	/**
	 * Arguments, not builder properties: those are defaults that application.properties
	 * overrides, and the shared in-memory database of the other tests must stay
	 * untouched.
	 */
	private static ConfigurableApplicationContext startWith(Path scenarios) {
		return new SpringApplicationBuilder(EmulatorApplication.class).run("--server.port=0",
				"--emulator.scenarios.dir=" + scenarios,
				"--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@Test
	void everyFileInTheDirectoryIsLoadedAtStartup() throws IOException {
		Files.writeString(this.dir.resolve("b-lab.yml"), """
				domains:
				  - domainName: held.com
				transferIns:
				  - {domainName: t.com, status: 20, hold: true}
				""");
		Files.writeString(this.dir.resolve("a-lab.json"), """
				{"name": "first", "registrarDomains": [{"domainName": "r.com", "transferProhibited": true}]}
				""");
		Files.writeString(this.dir.resolve("notes.txt"), "not a scenario");
		try (ConfigurableApplicationContext context = start()) {
			List<ScenarioView> loaded = context.getBean(ScenarioService.class)
				.list("1000000000000001", new Window(1, 100))
				.getContent();
			assertThat(loaded).extracting(ScenarioView::name).containsExactlyInAnyOrder("first", "b-lab");
			assertThat(loaded).extracting(ScenarioView::source).containsExactlyInAnyOrder("a-lab.json", "b-lab.yml");
			assertThat(context.getBean(TransferInQueries.class)
				.all("1000000000000001", "t.com", 20, new Window(1, 100))
				.getContent()).singleElement().satisfies((transfer) -> assertThat(transfer.held()).isTrue());
		}
	}

	@Test
	void aBadFileStopsTheStartNamingFileEntryAndField() throws IOException {
		Files.writeString(this.dir.resolve("good.yaml"), "domains: [{domainName: good.com}]\n");
		Files.writeString(this.dir.resolve("bad.yaml"), """
				transferIns:
				  - {domainName: ok.com, status: 11}
				  - {domainName: bad.com, status: 99}
				""");
		Throwable failure = catchThrowable(this::start);
		assertThat(failure).isNotNull()
			.hasStackTraceContaining("bad.yaml: transferIns[1].status: 99 is not a documented Status")
			.hasStackTraceContaining("The scenarios in " + this.dir.toAbsolutePath() + " were not loaded");
	}

	@Test
	void aMissingDirectoryStopsTheStart() {
		Path missing = this.dir.resolve("nowhere");
		Throwable failure = catchThrowable(() -> startWith(missing));
		assertThat(failure).hasStackTraceContaining("emulator.scenarios.dir: " + missing + " is not a directory");
	}

}
