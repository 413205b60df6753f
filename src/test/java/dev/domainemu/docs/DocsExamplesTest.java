package dev.domainemu.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.domainemu.support.EmulatorTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shell example in the README and in {@code docs/} runs, as a reader would run it,
 * against a started emulator: each {@code bash} block with {@code bash -e -o pipefail}
 * from the repository root, after a reset, with the emulator's port in place of 8080. A
 * block that cannot run here says so on the line before it ({@code <!-- not run by the
 * docs test: who runs it -->}). A block after an {@code <!-- include: path -->} line is
 * that file, to the character; every {@code java} block is one, of a file compiled with
 * the tests and run by {@link DocsJavaExamplesTest} (or, for the Testcontainers example,
 * by the image tests).
 */
class DocsExamplesTest extends EmulatorTest {

	private static final String NOT_RUN = "<!-- not run by the docs test: ";

	private static final String INCLUDE = "<!-- include: ";

	/** A fenced block of a page: its language, its first line's number, its text. */
	record Block(Path page, int line, String language, String marker, String text) {

		@Override
		public String toString() {
			return this.page + ":" + this.line;
		}

	}

	static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>();
		pages.add(Path.of("README.md"));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

	static List<Block> blocks() throws IOException {
		List<Block> blocks = new ArrayList<>();
		for (Path page : pages()) {
			List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (!lines.get(i).startsWith("```") || lines.get(i).length() == 3) {
					continue;
				}
				String language = lines.get(i).substring(3).trim();
				String marker = (i > 0) ? lines.get(i - 1) : "";
				int start = i + 1;
				int end = start;
				while (!lines.get(end).equals("```")) {
					end++;
				}
				blocks.add(new Block(page, start, language, marker, String.join("\n", lines.subList(start, end))));
				i = end;
			}
		}
		return blocks;
	}

	@TestFactory
	Stream<DynamicTest> everyShellExampleRunsAgainstAStartedEmulator() throws IOException {
		List<Block> runnable = blocks().stream()
			.filter((block) -> block.language().equals("bash") && !block.marker().startsWith(NOT_RUN))
			.toList();
		assertThat(runnable).as("shell examples to run").hasSizeGreaterThanOrEqualTo(8);
		return runnable.stream().map((block) -> DynamicTest.dynamicTest(block.toString(), () -> run(block)));
	}

	private void run(Block block) throws Exception {
		RestAssured.given().port(this.port).post("/_emulator/reset").then().statusCode(204);
		String script = block.text()
			.replace("localhost:8080", "localhost:" + this.port)
			.replace("127.0.0.1:8080", "127.0.0.1:" + this.port);
		assertThat(script).as("a docs example that would reach the real service").doesNotContain("aliyuncs.com");
		Process bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script).redirectErrorStream(true)
			.start();
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("%s finished", block).isTrue();
		assertThat(bash.exitValue()).as("%s should exit 0; it printed:%n%s", block, output).isZero();
		assertThat(output).as("%s printed no curl error", block).doesNotContain("curl: (");
	}

	@Test
	void everyBlockThatIsNotRunSaysWhoRunsIt() throws IOException {
		for (Block block : blocks()) {
			if (block.marker().startsWith(NOT_RUN)) {
				assertThat(block.language()).as("%s: only shell blocks are marked as not run", block).isEqualTo("bash");
				assertThat(block.marker()).as("%s names who runs it", block)
					.matches("<!-- not run by the docs test: .{10,} -->");
			}
		}
	}

	@Test
	void everyJavaBlockIsACompiledFileIncludedWordForWord() throws IOException {
		List<Block> java = blocks().stream().filter((block) -> block.language().equals("java")).toList();
		assertThat(java).as("Java examples").isNotEmpty();
		assertThat(java).allSatisfy(
				(block) -> assertThat(block.marker()).as("%s names the file it shows", block).startsWith(INCLUDE));
		for (Block block : blocks()) {
			if (block.marker().startsWith(INCLUDE)) {
				assertThat(block.marker()).endsWith(" -->");
				Path file = Path.of(block.marker().substring(INCLUDE.length(), block.marker().length() - 4));
				assertThat(file).as("%s", block).exists();
				assertThat(block.text()).as("%s is %s", block, file)
					.isEqualTo(Files.readString(file, StandardCharsets.UTF_8).stripTrailing());
			}
		}
	}

}
