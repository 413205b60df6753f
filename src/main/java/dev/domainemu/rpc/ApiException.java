package dev.domainemu.rpc;

/**
 * The one exception that carries an {@link ApiError} to the caller.
 */
public class ApiException extends RuntimeException {

	private final ApiError error;

	private final String argument;

	public ApiException(ApiError error) {
		this(error, null);
	}

	public ApiException(ApiError error, String argument) {
		super(error.code(argument));
		this.error = error;
		this.argument = argument;
	}

	public ApiError error() {
		return this.error;
	}

	public String argument() {
		return this.argument;
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
