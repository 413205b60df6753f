package dev.domainemu.transferin.action;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.transferin.OrderRequest;

/**
 * Reads transfer-in orders: the single action's top-level parameters, or the batch's
 * {@code OrderTransferParam.N.*}.
 */
final class OrderParameters {

	/** The most domains one batch order takes. */
	static final int MAX_BATCH = 1000;

	private static final String BATCH = "OrderTransferParam";

	private static final String[] FIELDS = { "DomainName", "AuthorizationCode", "RegistrantProfileId",
			"PermitPremiumTransfer" };

	private OrderParameters() {
	}

	/** One order from parameters named with the prefix ({@code ""} or {@code "…N."}). */
	static OrderRequest one(RpcRequest request, String prefix) {
		String domainName = request.requiredDomainName(prefix + "DomainName");
		String code = request.requiredString(prefix + "AuthorizationCode", 128);
		long profileId = request.requiredLong(prefix + "RegistrantProfileId");
		if (profileId <= 0) {
			throw new ApiException(ApiError.INVALID_PARAMETER, prefix + "RegistrantProfileId");
		}
		Boolean permitPremium = request.optionalBoolean(prefix + "PermitPremiumTransfer");
		return new OrderRequest(domainName, code, profileId, Boolean.TRUE.equals(permitPremium));
	}

	/**
	 * The batch's orders, read from {@code OrderTransferParam.1} up to the first index
	 * with none of the fields; {@code MissingOrderTransferParam} when there is none, and
	 * {@code InvalidOrderTransferParam.N.DomainName} for a domain given twice.
	 */
	static List<OrderRequest> batch(RpcRequest request) {
		List<OrderRequest> orders = new ArrayList<>();
		Set<String> domains = new HashSet<>();
		for (int n = 1; present(request, BATCH + "." + n + "."); n++) {
			if (n > MAX_BATCH) {
				throw new ApiException(ApiError.INVALID_PARAMETER, BATCH);
			}
			String prefix = BATCH + "." + n + ".";
			OrderRequest order = one(request, prefix);
			if (!domains.add(order.domainName())) {
				throw new ApiException(ApiError.INVALID_PARAMETER, prefix + "DomainName");
			}
			orders.add(order);
		}
		if (orders.isEmpty()) {
			throw new ApiException(ApiError.MISSING_PARAMETER, BATCH);
		}
		return orders;
	}

	private static boolean present(RpcRequest request, String prefix) {
		for (String field : FIELDS) {
			if (request.has(prefix + field)) {
				return true;
			}
		}
		return false;
	}

}
