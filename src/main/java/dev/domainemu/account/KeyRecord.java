package dev.domainemu.account;

/**
 * An access key and the account it acts for.
 *
 * @param accessKeyId the AccessKeyId
 * @param accessKeySecret its secret; {@code null} for a key met in isolated mode, which
 * cannot be verified
 * @param userId the account's UserId
 * @param securityToken the STS token calls with the key must carry, or {@code null}
 */
public record KeyRecord(String accessKeyId, String accessKeySecret, String userId, String securityToken) {
}
