package dev.domainemu.transferin;

/**
 * One domain of a transfer-in order (SaveSingleTaskForCreatingOrderTransfer, or an
 * {@code OrderTransferParam.N} of the batch).
 *
 * @param domainName the domain, normalised
 * @param authorizationCode the code from the losing registrar
 * @param registrantProfileId the registrant profile the domain is to be held under
 * @param permitPremiumTransfer whether a premium name may be transferred
 */
public record OrderRequest(String domainName, String authorizationCode, long registrantProfileId,
		boolean permitPremiumTransfer) {
}
