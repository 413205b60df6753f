package dev.domainemu.transferin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox of verification mails.
 *
 * @param maxMailsPerTransferIn how many mails of one transfer-in are kept, the newest:
 * only the newest one's token verifies, the older ones are kept to be read, so resending
 * in a loop cannot grow the outbox without end
 */
@ConfigurationProperties("emulator.outbox")
record OutboxProperties(@DefaultValue("10") int maxMailsPerTransferIn) {

	OutboxProperties {
		if (maxMailsPerTransferIn < 1) {
			throw new IllegalArgumentException("emulator.outbox.max-mails-per-transfer-in must be 1 or more");
		}
	}

}
