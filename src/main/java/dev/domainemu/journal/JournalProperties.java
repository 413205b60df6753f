package dev.domainemu.journal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The journal.
 *
 * @param size how many entries it keeps (the oldest go first); 0 keeps none
 * @param maxParameters how many parameters of a call it keeps
 * @param maxValueLength the longest parameter value it keeps whole; a longer one is cut
 * there and marked with how much was left out
 * @param maxBytes how much memory its entries may take, about; the oldest go first
 */
@ConfigurationProperties("emulator.journal")
record JournalProperties(@DefaultValue("10000") int size, @DefaultValue("50") int maxParameters,
		@DefaultValue("1024") int maxValueLength, @DefaultValue("32MB") DataSize maxBytes) {

	JournalProperties {
		if (size < 0 || maxParameters < 0 || maxValueLength < 1 || maxBytes.toBytes() < 0) {
			throw new IllegalArgumentException("emulator.journal.size, max-parameters and max-bytes must not be "
					+ "negative, max-value-length must be positive");
		}
	}

}
