package dev.domainemu.transferin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the outside world takes with a transfer-in, in emulator time.
 *
 * @param registryTime from submission to the registry (Status 39) to its answer (59 or
 * 51)
 */
@ConfigurationProperties("emulator.transfer-in")
record TransferInProperties(@DefaultValue("20s") Duration registryTime) {
}
