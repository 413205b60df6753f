package dev.domainemu.task;

import dev.domainemu.rpc.Lang;

/**
 * Task types with their {@code TaskTypeDescription} in English and Chinese. The API
 * documents no name for the auth-code and transfer-in tasks; these names are the
 * emulator's.
 */
public enum TaskType {

	QUERY_TRANSFER_AUTH_CODE("Query transfer authorization code", "获取域名转移密码"),

	ORDER_TRANSFER_IN("Domain transfer-in order", "域名转入订单"),

	CANCEL_TRANSFER_IN("Cancel domain transfer-in", "取消域名转入");

	private final String english;

	private final String chinese;

	TaskType(String english, String chinese) {
		this.english = english;
		this.chinese = chinese;
	}

	public String description(Lang lang) {
		return (lang == Lang.ZH) ? this.chinese : this.english;
	}

}
