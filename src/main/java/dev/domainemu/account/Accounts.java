package dev.domainemu.account;

import org.springframework.stereotype.Component;

/**
 * Resolves who owns the data a call touches. Every access key maps to the default account
 * for now; every stored row nevertheless carries its owner's UserId.
 */
@Component
public class Accounts {

	private final String defaultUserId;

	Accounts(AccountProperties properties) {
		this.defaultUserId = properties.userId();
	}

	public String defaultUserId() {
		return this.defaultUserId;
	}

	/**
	 * The account a control-plane request names, or the default account when it names
	 * none.
	 */
	public String orDefault(String account) {
		return (account != null && !account.isBlank()) ? account : this.defaultUserId;
	}

	public String userIdFor(String accessKeyId) {
		return this.defaultUserId;
	}

}
