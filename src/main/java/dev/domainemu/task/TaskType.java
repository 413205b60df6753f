package dev.domainemu.task;

import dev.domainemu.rpc.Lang;

/**
 * Task types with their {@code TaskTypeDescription} in English and Chinese.
 * {@code SET_TRANSFER_PROHIBITED} is the API's documented name; the API documents none
 * for the auth-code, transfer-in and transfer-out tasks, so those names are the
 * emulator's.
 */
public enum TaskType {

	QUERY_TRANSFER_AUTH_CODE("Query transfer authorization code", "获取域名转移密码"),

	ORDER_TRANSFER_IN("Domain transfer-in order", "域名转入订单"),

	CANCEL_TRANSFER_IN("Cancel domain transfer-in", "取消域名转入"),

	SET_TRANSFER_PROHIBITED("Set transfer prohibition lock", "设置禁止转移锁"),

	APPROVE_TRANSFER_OUT("Approve domain transfer-out", "确认域名转出"),

	CANCEL_TRANSFER_OUT("Cancel domain transfer-out", "取消域名转出");

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
