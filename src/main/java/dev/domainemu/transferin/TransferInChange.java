package dev.domainemu.transferin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One status change of a transfer-in, as its history keeps it.
 *
 * @param from the Status before, {@code null} when the transfer-in was just made
 * @param to the Status after
 * @param at the emulator time of the change
 * @param cause {@code api}, {@code clock}, {@code admin} or {@code fault}
 */
@Embeddable
public record TransferInChange(@Column(name = "from_status") Integer from,
		@Column(name = "to_status", nullable = false) int to, @Column(name = "changed_at", nullable = false) Instant at,
		@Column(nullable = false, length = 16) String cause) {
}
