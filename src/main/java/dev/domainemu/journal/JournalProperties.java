package dev.domainemu.journal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The journal.
 *
 * @param size how many entries it keeps (the oldest go first); 0 keeps none
 * @param maxParameters how many parameters of a call it keeps
 */
@ConfigurationProperties("emulator.journal")
record JournalProperties(@DefaultValue("10000") int size, @DefaultValue("50") int maxParameters) {

	JournalProperties {
		if (size < 0 || maxParameters < 0) {
			throw new IllegalArgumentException("emulator.journal.size and max-parameters must not be negative");
		}
	}

}
