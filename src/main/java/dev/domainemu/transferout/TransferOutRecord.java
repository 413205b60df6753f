package dev.domainemu.transferout;

import java.time.Instant;

/**
 * A transfer-out as stored, for readers outside this package.
 */
public record TransferOutRecord(String domainName, TransferOutStatus status, String email, Instant codeSentAt,
		Instant expiresAt, Instant pendingRequestAt, String resultCode, String resultMsg) {
}
