package dev.domainemu.transferin;

import dev.domainemu.rpc.Lang;

/**
 * The answers of CheckTransferInFeasibility. A business "no" is a 200 reply with
 * {@code CanTransfer=false} and one of these codes. Only
 * {@code CheckTransferResult.DomainTransferProhibited} is documented; the other codes are
 * the emulator's, named in the same family.
 */
public enum Feasibility {

	CAN_TRANSFER(null, null, null),

	SUFFIX_NOT_SUPPORTED("CheckTransferResult.DomainSuffixNotSupported",
			"Transfer-in of domain names with this suffix is not supported.", "不支持该后缀的域名转入。"),

	ALREADY_IN_ACCOUNT("CheckTransferResult.DomainAlreadyInAccount", "This domain name is already in your account.",
			"该域名已在您的账号中。"),

	TRANSFER_IN_PROGRESS("CheckTransferResult.DomainTransferInProgress",
			"A transfer-in of this domain name is already in progress.", "该域名已有正在进行的转入。"),

	TRANSFER_PROHIBITED("CheckTransferResult.DomainTransferProhibited",
			"This domain name is in transfer prohibited status, so it cannot be transferred. You can contact your original registrar to change its status.",
			"该域名处于禁止转移状态，无法转入。您可以联系原注册商修改域名状态。"),

	AUTHORIZATION_CODE_INCORRECT("CheckTransferResult.AuthorizationCodeIncorrect",
			"The transfer authorization code is incorrect.", "转移密码不正确。");

	private final String code;

	private final String english;

	private final String chinese;

	Feasibility(String code, String english, String chinese) {
		this.code = code;
		this.english = english;
		this.chinese = chinese;
	}

	public boolean canTransfer() {
		return this == CAN_TRANSFER;
	}

	public String code() {
		return this.code;
	}

	public String message(Lang lang) {
		return (lang == Lang.ZH) ? this.chinese : this.english;
	}

}
