package dev.domainemu.transferin;

/**
 * The coarse transfer-in status shown next to the detailed one.
 */
public enum SimpleTransferInStatus {

	INIT, AUTHORIZATION, NAME_VERIFICATION, PASSWORD_VERIFICATION, PENDING, SUCCESS, FAIL

}
