package dev.domainemu.transferin;

/**
 * What a caller may set when putting a transfer-in straight into a state; {@code null}
 * means the default.
 */
public record TransferInSeed(String domainName, Integer status, Integer progressBarType, String email,
		Boolean needMailCheck, Boolean whoisMailStatus, String resultCode) {
}
