package dev.domainemu.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import dev.domainemu.clock.AccountTime;
import dev.domainemu.journal.Journal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A test of the repositories alone: {@code @DataJpaTest} (JPA and the schema from the
 * migrations, nothing else of the emulator) with the settings records and the journal
 * that every status change is told of, on the system clock. Each test commits what it
 * writes, as the emulator does, so it starts by emptying the tables it uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(
		includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ConfigurationProperties.class))
@Import({ Journal.class, RepositorySlice.SystemClock.class })
public @interface RepositorySlice {

	/** The clock the journal dates its entries by. */
	@TestConfiguration(proxyBeanMethods = false)
	class SystemClock {

		@Bean
		AccountTime clock() {
			return (account) -> Instant.now();
		}

	}

}
