package dev.domainemu.rpc;

/**
 * One API action. Its name appears once, here; the handler returns a typed record that
 * the {@link ResponseRenderer} puts on the wire.
 */
public interface ActionHandler {

	/** The {@code Action} name this handler answers. */
	String action();

	/** Handles one call and returns the reply's fields (without {@code RequestId}). */
	Object handle(RpcRequest request);

}
