package dev.domainemu.clock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeFormatTest {

	@ParameterizedTest
	@ValueSource(strings = { "Asia/Shanghai", "UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham" })
	void agreesWithDateTimeFormatterOverManyInstants(String zoneName) {
		ZoneId zone = ZoneId.of(zoneName);
		TimeFormat format = new TimeFormat(new ClockProperties(zone, false));
		DateTimeFormatter reference = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < 100_000; i++) {
			// 1970 to 2199, with the end points of days and leap years well covered
			Instant instant = Instant.ofEpochSecond(random.nextLong(0, 7_258_118_400L), random.nextInt(1_000_000_000));
			assertThat(format.text(instant)).as(instant.toString()).isEqualTo(reference.format(instant));
		}
		assertThat(format.text(Instant.parse("2024-02-29T23:59:59Z")))
			.isEqualTo(reference.format(Instant.parse("2024-02-29T23:59:59Z")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2017-11-01T09:22:51Z" })
	void rendersTheDocumentedExample(String instant) {
		TimeFormat format = new TimeFormat(new ClockProperties(ZoneId.of("Asia/Shanghai"), false));
		assertThat(format.text(Instant.parse(instant))).isEqualTo("2017-11-01 17:22:51");
		assertThat(format.millis(Instant.parse(instant))).isEqualTo(1509528171000L);
		assertThat(format.text(null)).isNull();
	}

}
