package dev.domainemu.rpc;

/**
 * The reply of an action that answers with its {@code RequestId} only.
 */
public record NoFields() {

	public static final NoFields INSTANCE = new NoFields();

}
