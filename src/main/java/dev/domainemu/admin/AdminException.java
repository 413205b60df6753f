package dev.domainemu.admin;

import org.springframework.http.HttpStatus;

/**
 * A refused admin request: its status and a message naming the field at fault.
 */
class AdminException extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	AdminException(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	static AdminException badField(String field, String message) {
		return new AdminException(HttpStatus.BAD_REQUEST, field, field + ": " + message);
	}

	static AdminException noTransferIn(String instanceId) {
		return new AdminException(HttpStatus.NOT_FOUND, "instanceId", "instanceId: no transfer-in " + instanceId);
	}

	HttpStatus status() {
		return this.status;
	}

	String field() {
		return this.field;
	}

}
