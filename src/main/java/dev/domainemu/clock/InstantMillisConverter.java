package dev.domainemu.clock;

import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores every instant as epoch milliseconds (a {@code BIGINT}): the precision of the
 * API's {@code *Long} fields, the same in every database, and cheap to read on the hot
 * path.
 */
@Converter(autoApply = true)
public class InstantMillisConverter implements AttributeConverter<Instant, Long> {

	@Override
	public Long convertToDatabaseColumn(Instant instant) {
		return (instant != null) ? instant.toEpochMilli() : null;
	}

	@Override
	public Instant convertToEntityAttribute(Long millis) {
		return (millis != null) ? Instant.ofEpochMilli(millis) : null;
	}

}
