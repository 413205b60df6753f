package dev.domainemu;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration table of docs/configuration.md names exactly the {@code emulator.*}
 * settings that the configuration records bind, plus those the properties files read
 * themselves.
 */
class ConfigurationTableTest {

	private static final Pattern KEY = Pattern.compile("`(emulator\\.[a-z0-9.{}-]+)`");

	@Test
	void theReadmeTableNamesEverySettingTheRecordsBind() throws Exception {
		Set<String> bound = new TreeSet<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.domainemu")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
			assertThat(type.isRecord()).as("%s is a record", type).isTrue();
			keys(prefix, type, bound);
		}
		// read by the properties files themselves, as placeholders
		for (Path file : Files.newDirectoryStream(Path.of("src/main/resources"), "application*.properties")) {
			Matcher placeholder = Pattern.compile("\\$\\{(emulator\\.[a-z0-9.-]+)").matcher(Files.readString(file));
			while (placeholder.find()) {
				bound.add(placeholder.group(1));
			}
		}
		assertThat(bound).hasSizeGreaterThan(15);
		assertThat(documented()).isEqualTo(bound);
	}

	/**
	 * The keys of a record's components under the prefix; a map's keys as {@code {*}}.
	 */
	private static void keys(String prefix, Class<?> type, Set<String> into) {
		for (RecordComponent component : type.getRecordComponents()) {
			String key = prefix + "." + kebab(component.getName());
			Type generic = component.getGenericType();
			if (Map.class.isAssignableFrom(component.getType()) && generic instanceof ParameterizedType map
					&& map.getActualTypeArguments()[1] instanceof Class<?> value && value.isRecord()) {
				keys(key + ".{*}", value, into);
			}
			else {
				into.add(key);
			}
		}
	}

	private static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * The {@code emulator.*} keys in the first column of the configuration page's table.
	 */
	private static Set<String> documented() throws IOException {
		String section = Files.readString(Path.of("docs", "configuration.md"));
		Set<String> keys = new TreeSet<>();
		for (String line : section.split("\n")) {
			if (line.startsWith("| `emulator.")) {
				Matcher key = KEY.matcher(line.substring(0, line.indexOf(" | ", 2)));
				while (key.find()) {
					keys.add(key.group(1).replaceAll("\\{[a-z]+}", "{*}"));
				}
			}
		}
		return keys;
	}

}
