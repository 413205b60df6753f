package dev.domainemu.transferin;

import java.time.Instant;

/**
 * A transfer-in as stored, for readers outside this package.
 */
public record TransferInRecord(String instanceId, String userId, String domainName, String email, boolean needMailCheck,
		boolean whoisMailStatus, int progressBarType, TransferInStatus status, TransferInResultCode resultCode,
		Instant submissionDate, Instant modificationDate, Instant expirationDate, Instant resultDate,
		Instant transferAuthorizationCodeSubmissionDate) {
}
