package dev.domainemu.transferin;

/**
 * A seed that contradicts what is stored, such as a second open transfer-in of a domain.
 */
public class SeedConflictException extends RuntimeException {

	private final String field;

	public SeedConflictException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
