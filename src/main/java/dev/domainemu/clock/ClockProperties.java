package dev.domainemu.clock;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How time is shown and where it starts.
 *
 * @param timeZone the zone of every {@code yyyy-MM-dd HH:mm:ss} string in replies
 * @param frozen whether the clock starts frozen (it then moves only when told)
 */
@ConfigurationProperties("emulator.clock")
record ClockProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue("false") boolean frozen) {
}
