package dev.domainemu.account;

import java.util.List;

/**
 * An account and the access keys that act for it (their ids: secrets are shown only when
 * a key is made).
 *
 * @param userId the account's UserId
 * @param accessKeyIds its keys, configured and registered
 * @param configured whether the configuration names the account (the default account and
 * the accounts of configured keys), so that it stays when emptied
 */
public record AccountRecord(String userId, List<String> accessKeyIds, boolean configured) {
}
