package dev.domainemu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden reply files under {@code src/test/resources/golden}: the reply, field order
 * included, must match byte for byte. The tests that use them draw identifiers from a
 * seeded sequence ({@code emulator.ids.seed}), so the files pin every RequestId, TaskNo
 * and InstanceId too. Run with {@code -Dgolden.update=true} to write missing or changed
 * files.
 */
public final class Golden {

	private static final Path ROOT = Path.of("src/test/resources/golden");

	private Golden() {
	}

	public static void assertMatches(String relativePath, String body) {
		Path file = ROOT.resolve(relativePath);
		String actual = body;
		try {
			if (Boolean.getBoolean("golden.update")) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
				return;
			}
			if (!Files.exists(file)) {
				fail("No golden file " + file + "; run with -Dgolden.update=true to create it. Reply was:\n" + actual);
			}
			String expected = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
			assertThat(actual).as("reply compared with " + file).isEqualTo(expected);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
