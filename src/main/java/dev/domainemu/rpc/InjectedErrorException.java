package dev.domainemu.rpc;

/**
 * An error a test asked for (a fault rule), answered in Alibaba's envelope with exactly
 * the code, message and HTTP status it names.
 */
public class InjectedErrorException extends RuntimeException {

	private final int httpStatus;

	private final String code;

	public InjectedErrorException(int httpStatus, String code, String message) {
		super(message);
		this.httpStatus = httpStatus;
		this.code = code;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

	public String code() {
		return this.code;
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
