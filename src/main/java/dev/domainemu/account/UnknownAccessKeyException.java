package dev.domainemu.account;

/**
 * A call's access key is not registered and unknown keys are refused (or the call has
 * none at all).
 */
public class UnknownAccessKeyException extends RuntimeException {

	private final boolean missing;

	UnknownAccessKeyException(String accessKeyId) {
		super((accessKeyId != null) ? "access key " + accessKeyId + " is not registered" : "no access key");
		this.missing = accessKeyId == null;
	}

	/** Whether the call named no key at all. */
	public boolean missing() {
		return this.missing;
	}

}
