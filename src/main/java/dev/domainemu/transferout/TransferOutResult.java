package dev.domainemu.transferout;

/**
 * How a transfer-out failed: its {@code ResultCode} and {@code ResultMsg}.
 */
enum TransferOutResult {

	CLIENT_CANCELLED("clientCancelled", "Transfer out cancelled"),

	CLIENT_REJECTED("clientRejected", "Transfer out rejected"),

	TRANSFER_PROHIBITED("transferProhibited", "Transfer out refused: the domain name is locked against transfer"),

	TRANSFER_EXPIRED("transferExpired", "Transfer out expired: no transfer request before the code expired");

	private final String code;

	private final String message;

	TransferOutResult(String code, String message) {
		this.code = code;
		this.message = message;
	}

	String code() {
		return this.code;
	}

	String message() {
		return this.message;
	}

}
