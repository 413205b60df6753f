package dev.domainemu.transferin;

import java.time.Instant;

/**
 * A transfer-in as stored, for readers outside this package; {@code held} when the
 * service's own steps leave it where it is.
 */
public record TransferInRecord(String instanceId, String userId, String domainName, String email, boolean needMailCheck,
		boolean whoisMailStatus, int progressBarType, TransferInStatus status, TransferInResultCode resultCode,
		Instant submissionDate, Instant modificationDate, Instant expirationDate, Instant resultDate,
		Instant transferAuthorizationCodeSubmissionDate, boolean held) {
}
