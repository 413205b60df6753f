package dev.domainemu.rpc;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signature's timestamp is read field by field exactly as {@link Instant#parse} reads
 * the one form the API takes, {@code yyyy-MM-ddTHH:mm:ssZ}, and nothing else is taken.
 */
class SignatureTimestampTest {

	@Test
	void everyInstantOfTheFormReadsAsInstantParseReadsIt() {
		Random random = new Random();
		for (int i = 0; i < 100_000; i++) {
			Instant at = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L));
			String text = DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
			assertThat(SignatureText.parseTimestamp(text)).as(text).isEqualTo(Instant.parse(text));
		}
		assertThat(SignatureText.parseTimestamp("2024-02-29T23:59:59Z")).isEqualTo("2024-02-29T23:59:59Z");
		assertThat(SignatureText.parseTimestamp("2016-12-31T23:59:60Z"))
			.isEqualTo(Instant.parse("2016-12-31T23:59:60Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2026-01-15", "2026-01-15T04:00:00", "2026-01-15T04:00:00.000Z",
			"2026-01-15T04:00:00+08:00", "2026-01-15 04:00:00Z", "2026-13-15T04:00:00Z", "2026-00-15T04:00:00Z",
			"2026-02-29T04:00:00Z", "2026-04-31T04:00:00Z", "2026-01-15T24:00:00Z", "2026-01-15T04:60:00Z",
			"2026-01-15T04:00:61Z", "2026-01-1xT04:00:00Z", "+2026-01-15T04:00:0Z", "yesterday yesterday!",
			"2026-01-15T04:00:00z" })
	void anythingElseIsRefused(String text) {
		assertThatThrownBy(() -> SignatureText.parseTimestamp(text)).isInstanceOf(DateTimeException.class);
	}

}
