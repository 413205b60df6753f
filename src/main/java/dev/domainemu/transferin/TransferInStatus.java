package dev.domainemu.transferin;

/**
 * The documented detailed transfer-in statuses and the coarse status each shows as.
 */
public enum TransferInStatus {

	INITIAL(10, SimpleTransferInStatus.INIT),

	MAIL_TOKEN_SENT(11, SimpleTransferInStatus.AUTHORIZATION),

	MAIL_TOKEN_VERIFIED(19, SimpleTransferInStatus.AUTHORIZATION),

	NAME_AUDIT_SUBMITTED(20, SimpleTransferInStatus.NAME_VERIFICATION),

	NAME_AUDIT_FAILED(21, SimpleTransferInStatus.NAME_VERIFICATION),

	NAME_AUDIT_PASSED(29, SimpleTransferInStatus.NAME_VERIFICATION),

	AUTHORIZATION_CODE_WRONG(31, SimpleTransferInStatus.PASSWORD_VERIFICATION),

	SUBMITTED_TO_REGISTRY(39, SimpleTransferInStatus.PENDING),

	CANCELLED(50, SimpleTransferInStatus.FAIL),

	FAILED(51, SimpleTransferInStatus.FAIL),

	EXPIRED(52, SimpleTransferInStatus.FAIL),

	SUCCEEDED(59, SimpleTransferInStatus.SUCCESS);

	private final int code;

	private final SimpleTransferInStatus simple;

	TransferInStatus(int code, SimpleTransferInStatus simple) {
		this.code = code;
		this.simple = simple;
	}

	public int code() {
		return this.code;
	}

	public SimpleTransferInStatus simple() {
		return this.simple;
	}

	/** Whether the transfer has ended, for good or ill. */
	public boolean finished() {
		return this.simple == SimpleTransferInStatus.SUCCESS || this.simple == SimpleTransferInStatus.FAIL;
	}

	/**
	 * Whether the losing registrar's code has been accepted by this point: once submitted
	 * to the registry, which then accepts (59) or rejects (51) the transfer.
	 */
	boolean codeAccepted() {
		return this == SUBMITTED_TO_REGISTRY || this == FAILED || this == SUCCEEDED;
	}

	/** Whether a transfer in this status carries a ResultCode. */
	public boolean carriesResultCode() {
		return defaultResultCode() != null;
	}

	/** The result code a transfer carries in this status when none is given. */
	TransferInResultCode defaultResultCode() {
		return switch (this) {
			case NAME_AUDIT_FAILED -> TransferInResultCode.NAME_VERIFICATION_FAILED;
			case CANCELLED -> TransferInResultCode.CLIENT_CANCELLED;
			case FAILED -> TransferInResultCode.CLIENT_REJECTED;
			case EXPIRED -> TransferInResultCode.TRANSFER_EXPIRED;
			default -> null;
		};
	}

	public static TransferInStatus ofCode(int code) {
		for (TransferInStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		return null;
	}

}
