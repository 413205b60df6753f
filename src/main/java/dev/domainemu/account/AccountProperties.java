package dev.domainemu.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The account every call acts for until access keys map to accounts of their own.
 *
 * @param userId the default account's UserId, as rendered in replies
 */
@ConfigurationProperties("emulator.account")
record AccountProperties(@DefaultValue("1000000000000001") String userId) {
}
