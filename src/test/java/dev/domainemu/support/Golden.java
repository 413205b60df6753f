package dev.domainemu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden reply files under {@code src/test/resources/golden}. Values that differ on every
 * call (RequestId, task numbers, instance ids) are replaced by placeholders before the
 * comparison; everything else, field order included, must match byte for byte. Run with
 * {@code -Dgolden.update=true} to write missing or changed files.
 */
public final class Golden {

	private static final Path ROOT = Path.of("src/test/resources/golden");

	private Golden() {
	}

	public static String normalize(String body) {
		return body.replaceAll("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", "<REQUEST_ID>")
			.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<UUID>")
			.replaceAll("S20\\d\\d[0-9A-Z]{11}", "<INSTANCE_ID>");
	}

	public static void assertMatches(String relativePath, String body) {
		Path file = ROOT.resolve(relativePath);
		String actual = normalize(body);
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
