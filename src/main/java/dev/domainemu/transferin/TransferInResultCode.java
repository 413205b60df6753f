package dev.domainemu.transferin;

import dev.domainemu.rpc.Lang;

/**
 * Why a transfer-in failed: {@code ResultCode} with its {@code ResultMsg} in English and
 * Chinese.
 */
public enum TransferInResultCode {

	CLIENT_CANCELLED("clientCancelled", "You canceled the domain name transfer-in.", "您取消了此次域名转入"),

	CLIENT_REJECTED("clientRejected",
			"The original registrar rejected the transfer-in, or you rejected it through the original registrar.",
			"域名原注册商拒绝了本次域名转入(或您通过原注册商进行了拒绝操作)"),

	SERVER_CANCELLED("serverCancelled", "The registry cancelled the transfer-in.", "注册局取消转入"),

	TRANSFER_PROHIBITED("transferProhibited", "The domain name is in transfer prohibited status.", "域名为禁止转移状态"),

	TRANSFER_EXPIRED("transferExpired", "You did not complete the transfer-in confirmation within the validity period.",
			"您未在有效期内完成相关转入确认"),

	NAME_VERIFICATION_FAILED("nameVerificationFailed", "The domain name failed the name verification.", "域名命名审核未通过"),

	TRANSFER_SUBMITTED("transferSubmitted", "Another user has already submitted a transfer-in of this domain name.",
			"其他用户已经提交域名转入");

	private final String code;

	private final String english;

	private final String chinese;

	TransferInResultCode(String code, String english, String chinese) {
		this.code = code;
		this.english = english;
		this.chinese = chinese;
	}

	public String code() {
		return this.code;
	}

	public String message(Lang lang) {
		return (lang == Lang.ZH) ? this.chinese : this.english;
	}

	public static TransferInResultCode ofCode(String code) {
		for (TransferInResultCode result : values()) {
			if (result.code.equals(code)) {
				return result;
			}
		}
		return null;
	}

}
