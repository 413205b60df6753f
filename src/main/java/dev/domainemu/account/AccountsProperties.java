package dev.domainemu.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The access keys the configuration gives and what becomes of a key it does not know.
 *
 * @param keys keys and the accounts they act for ({@code emulator.accounts.keys[N].*})
 * @param unknownKeys what a call with a key no one registered acts for
 */
@ConfigurationProperties("emulator.accounts")
record AccountsProperties(@DefaultValue List<ConfiguredKey> keys, @DefaultValue("shared") UnknownKeys unknownKeys) {

	AccountsProperties {
		for (int i = 0; i < keys.size(); i++) {
			ConfiguredKey key = keys.get(i);
			if (key.accessKeyId() == null || key.accessKeyId().isBlank()) {
				throw new IllegalArgumentException("emulator.accounts.keys[" + i + "].access-key-id is required");
			}
			if (key.accessKeySecret() == null || key.accessKeySecret().isEmpty()) {
				throw new IllegalArgumentException("emulator.accounts.keys[" + i + "].access-key-secret is required");
			}
		}
	}

	/**
	 * A key of the configuration.
	 *
	 * @param accessKeyId the AccessKeyId
	 * @param accessKeySecret its secret
	 * @param userId the account it acts for (the default account when left out)
	 * @param securityToken the STS token calls with the key must carry, if any
	 */
	record ConfiguredKey(String accessKeyId, String accessKeySecret, String userId, String securityToken) {
	}

	/** What a call with a key no one registered acts for. */
	enum UnknownKeys {

		/** The default account, as a call without a key does. */
		SHARED,

		/**
		 * An account of its own, made empty on the key's first use, the same ever after.
		 */
		ISOLATED,

		/** None: the call is refused with {@code InvalidAccessKeyId.NotFound}. */
		REJECT

	}

}
