package dev.domainemu.transferin;

/**
 * The named events that move a transfer-in. Creating an instance (order accepted) is not
 * an event: a new instance starts at Status 10.
 */
public enum TransferInEvent {

	/** The verification mail went to the registrant (Status 11). */
	MAIL_SENT,

	/**
	 * The registrant verified the mail (TransferInCheckMailToken,
	 * ConfirmTransferInEmail).
	 */
	MAIL_VERIFIED,

	/** The name audit was submitted (Status 20). */
	NAME_AUDIT_SUBMITTED,

	/** The name audit passed (Status 29). */
	NAME_AUDIT_PASSED,

	/** The name audit failed (Status 21). */
	NAME_AUDIT_FAILED,

	/** The losing registrar's code did not match (Status 31). */
	AUTHORIZATION_CODE_WRONG,

	/** A re-entered code matched; the transfer goes to the registry (Status 39). */
	AUTHORIZATION_CODE_REENTERED,

	/**
	 * The code matched at the first check; the transfer goes to the registry (Status 39).
	 */
	SUBMITTED_TO_REGISTRY,

	/** The registry completed the transfer (Status 59). */
	REGISTRY_ACCEPTED,

	/** The registry or the losing registrar refused the transfer (Status 51). */
	REGISTRY_REJECTED,

	/** The transfer ran out of time (Status 52). */
	EXPIRED,

	/** The customer cancelled the transfer (Status 50). */
	CANCELLED

}
