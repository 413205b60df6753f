package dev.domainemu.transferin;

/**
 * What a caller may set when putting a transfer-in straight into a state; {@code null}
 * means the default. Without an {@code authorizationCode} the transfer passes the code
 * check whatever the losing registrar expects.
 */
public record TransferInSeed(String domainName, Integer status, Integer progressBarType, String email,
		Boolean needMailCheck, Boolean whoisMailStatus, String resultCode, String authorizationCode) {
}
