package dev.domainemu.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads every scenario in {@code emulator.scenarios.dir} ({@code *.yaml}, {@code *.yml},
 * {@code *.json}, in name order) at startup. Every file is checked before any is loaded;
 * a problem in any of them stops the start with each problem named by file, entry and
 * field.
 */
@Component
class ScenarioDirectory implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ScenarioDirectory.class);

	private final ScenarioService scenarios;

	private final String directory;

	ScenarioDirectory(ScenarioService scenarios, ScenarioProperties properties) {
		this.scenarios = scenarios;
		this.directory = properties.dir().trim();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.isBlank()) {
			return;
		}
		Path dir = Path.of(this.directory);
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("emulator.scenarios.dir: " + dir.toAbsolutePath() + " is not a directory");
		}
		List<Path> files = files(dir);
		List<ScenarioProblem> problems = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (Path file : files) {
			String text = read(file);
			texts.add(text);
			try {
				this.scenarios.validate(file.getFileName().toString(), text, null);
			}
			catch (ScenarioException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(refusal(dir, problems));
		}
		for (int i = 0; i < files.size(); i++) {
			String file = files.get(i).getFileName().toString();
			try {
				ScenarioView loaded = this.scenarios.load(file, texts.get(i), null, null);
				logger.info("Loaded scenario {} from {}", loaded.name(), file);
			}
			catch (ScenarioException ex) {
				throw new IllegalStateException(refusal(dir, ex.problems()));
			}
		}
	}

	private static String refusal(Path dir, List<ScenarioProblem> problems) {
		return "The scenarios in " + dir.toAbsolutePath() + " were not loaded:\n"
				+ problems.stream().map((problem) -> "  " + problem.text()).collect(Collectors.joining("\n"));
	}

	private static List<Path> files(Path dir) {
		try (Stream<Path> listing = Files.list(dir)) {
			return listing.filter(Files::isRegularFile).filter((file) -> {
				String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
				return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
			}).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
