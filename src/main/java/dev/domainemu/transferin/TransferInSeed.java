package dev.domainemu.transferin;

import java.util.List;

/**
 * What a caller may set when putting a transfer-in straight into a state; {@code null}
 * means the default. Without an {@code authorizationCode} the transfer passes the code
 * check whatever the losing registrar expects. A transfer-in with {@code hold}, or with a
 * timeline still to come, is left where it is by the service's own steps; after the last
 * timeline move one without {@code hold} goes on as usual.
 */
public record TransferInSeed(String domainName, Integer status, Integer progressBarType, String email,
		Boolean needMailCheck, Boolean whoisMailStatus, String resultCode, String authorizationCode, Boolean hold,
		List<TimelineMove> timeline) {

	public TransferInSeed(String domainName, Integer status, Integer progressBarType, String email,
			Boolean needMailCheck, Boolean whoisMailStatus, String resultCode, String authorizationCode) {
		this(domainName, status, progressBarType, email, needMailCheck, whoisMailStatus, resultCode, authorizationCode,
				null, null);
	}

}
