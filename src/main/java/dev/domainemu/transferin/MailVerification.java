package dev.domainemu.transferin;

import java.util.List;

/**
 * Which domains a mail verification (TransferInCheckMailToken, ConfirmTransferInEmail)
 * verified and which it could not.
 *
 * @param succeeded the domains now verified
 * @param failed the domains left as they were
 */
public record MailVerification(List<String> succeeded, List<String> failed) {
}
