package dev.domainemu.admin;

import java.time.Instant;

import dev.domainemu.transferin.TransferInRecord;

/**
 * A transfer-in as the admin API shows it: the documented codes, instants in ISO-8601.
 */
record TransferInView(String instanceId, String userId, String domainName, int status, String simpleTransferInStatus,
		int progressBarType, String email, boolean needMailCheck, boolean whoisMailStatus, String resultCode,
		Instant submissionDate, Instant modificationDate, Instant expirationDate, Instant resultDate,
		Instant transferAuthorizationCodeSubmissionDate, boolean held) {

	static TransferInView of(TransferInRecord transfer) {
		return new TransferInView(transfer.instanceId(), transfer.userId(), transfer.domainName(),
				transfer.status().code(), transfer.status().simple().name(), transfer.progressBarType(),
				transfer.email(), transfer.needMailCheck(), transfer.whoisMailStatus(),
				(transfer.resultCode() != null) ? transfer.resultCode().code() : null, transfer.submissionDate(),
				transfer.modificationDate(), transfer.expirationDate(), transfer.resultDate(),
				transfer.transferAuthorizationCodeSubmissionDate(), transfer.held());
	}

}
