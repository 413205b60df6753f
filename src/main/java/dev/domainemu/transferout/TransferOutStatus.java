package dev.domainemu.transferout;

/**
 * The documented transfer-out {@code Status} values.
 */
public enum TransferOutStatus {

	VERIFYING_PHONE(1), VERIFYING_EMAIL(2), CODE_ISSUED(3), TRANSFERRING(4), SUCCEEDED(5), FAILED(8);

	private final int code;

	TransferOutStatus(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	boolean open() {
		return this != SUCCEEDED && this != FAILED;
	}

	static TransferOutStatus ofCode(int code) {
		for (TransferOutStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		throw new IllegalArgumentException("No transfer-out status " + code);
	}

}
