package dev.domainemu.rpc;

/**
 * Called around every RPC call, before its handler runs and after its reply is rendered.
 * Lets time-driven state catch up with the clock, and later faults and the journal,
 * without the RPC layer knowing them.
 */
public interface RpcCallListener {

	default void beforeHandler(RpcRequest request) {
	}

	default void afterReply(RpcRequest request, int httpStatus, String code, long elapsedNanos) {
	}

}
