package dev.domainemu.rpc;

import java.util.List;

import dev.domainemu.storage.ChangeGate;

import org.springframework.stereotype.Component;

/**
 * Finds the handler of a parsed call's action, lets every {@link RpcCallListener} see the
 * call first, and runs the handler through the {@link ChangeGate} with the other calls
 * that change what is stored.
 */
@Component
class CallDispatcher {

	private final ActionRegistry registry;

	private final List<RpcCallListener> listeners;

	private final ChangeGate gate;

	CallDispatcher(ActionRegistry registry, List<RpcCallListener> listeners, ChangeGate gate) {
		this.registry = registry;
		this.listeners = listeners;
		this.gate = gate;
	}

	/**
	 * The handler's result for the call, or the {@link ApiException} of an action that is
	 * unknown or not implemented.
	 */
	Object dispatch(RpcRequest request) {
		ActionHandler handler = this.registry.find(request.action());
		if (handler == null) {
			throw this.registry.isApiAction(request.action())
					? new ApiException(ApiError.NOT_IMPLEMENTED, request.action())
					: new ApiException(ApiError.ACTION_NOT_FOUND);
		}
		for (RpcCallListener listener : this.listeners) {
			listener.beforeHandler(request);
		}
		// a call that lost a race for a row (a step changed it meanwhile) runs again
		return this.gate.together(request.userId(), () -> handler.handle(request));
	}

}
