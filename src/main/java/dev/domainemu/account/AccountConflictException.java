package dev.domainemu.account;

/** An access key that is registered already, or an account that cannot be removed. */
public class AccountConflictException extends RuntimeException {

	private final String field;

	AccountConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The field of the request the conflict is about. */
	public String field() {
		return this.field;
	}

}
