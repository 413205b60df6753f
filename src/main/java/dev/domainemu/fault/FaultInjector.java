package dev.domainemu.fault;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.domainemu.rpc.DomainNames;
import dev.domainemu.rpc.InjectedErrorException;
import dev.domainemu.rpc.RpcCallListener;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.TransferInQueries;

import org.springframework.stereotype.Component;

/**
 * Applies fault rules before a call's handler runs: holds the call for the rule's
 * latency, then fails it with the rule's error, if it has one.
 */
@Component
class FaultInjector implements RpcCallListener {

	/** An injected error without a message of its own says this. */
	static final String DEFAULT_MESSAGE = "This error was injected by an emulator fault rule.";

	private final FaultService faults;

	private final TransferInQueries transfers;

	FaultInjector(FaultService faults, TransferInQueries transfers) {
		this.faults = faults;
		this.transfers = transfers;
	}

	@Override
	public void beforeHandler(RpcRequest request) {
		if (!this.faults.anyRule()) {
			return;
		}
		CallFacts facts = facts(request);
		this.faults
			.fire(request.userId(), request.action(), facts, request.requestId(),
					() -> this.transfers.currentStatus(request.userId(), facts.instanceId(),
							facts.domainNames().isEmpty() ? null : facts.domainNames().iterator().next()))
			.ifPresent(FaultInjector::apply);
	}

	private static void apply(Fault fault) {
		if (fault.latencyMs() > 0) {
			try {
				Thread.sleep(fault.latencyMs());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (fault.errorCode() != null) {
			throw new InjectedErrorException(fault.httpStatus(), fault.errorCode(),
					(fault.errorMessage() != null) ? fault.errorMessage() : DEFAULT_MESSAGE);
		}
	}

	/** The domains a call names (single, listed, or in order items) and its instance. */
	private static CallFacts facts(RpcRequest request) {
		Set<String> domains = new LinkedHashSet<>();
		add(domains, request.raw("DomainName"));
		for (int i = 1; add(domains, request.raw("DomainName." + i)); i++) {
		}
		for (int i = 1; add(domains, request.raw("OrderTransferParam." + i + ".DomainName")); i++) {
		}
		return new CallFacts(domains, request.raw("InstanceId"));
	}

	private static boolean add(Set<String> domains, String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		String normalized = DomainNames.normalize(value);
		if (normalized != null) {
			domains.add(normalized);
		}
		return true;
	}

}
