package dev.domainemu.rpc;

/**
 * The one catalogue of errors the emulator answers with. A code or message may hold
 * {@code {0}}, replaced by the argument given to {@link ApiException}.
 */
public enum ApiError {

	MISSING_PARAMETER("Missing{0}", 400, "{0} is mandatory for this action.", "{0} 是该接口的必填参数。"),

	INVALID_PARAMETER("Invalid{0}", 400, "Specified parameter {0} is not valid.", "指定的参数 {0} 无效。"),

	ACTION_NOT_FOUND("InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method.",
			"找不到指定的接口，请检查请求地址和请求方法。"),

	NOT_IMPLEMENTED("UnsupportedOperation", 400,
			"The action {0} is part of the Domain API, but this emulator does not implement it yet.",
			"接口 {0} 属于域名 API，但本模拟器尚未实现。"),

	MALFORMED_REQUEST("InvalidParameter", 400, "The request could not be read: {0}.", "无法读取请求：{0}。"),

	REQUEST_TOO_LARGE("RequestEntityTooLarge", 413, "The request body is larger than the {0} bytes accepted.",
			"请求体超过了允许的 {0} 字节。"),

	HOST_NOT_ALLOWED("Forbidden.Host", 403,
			"The Host header names {0}, which this emulator does not answer to (see emulator.allowed-hosts).",
			"Host 请求头 {0} 不是本模拟器接受的主机名（见 emulator.allowed-hosts）。"),

	ACCESS_KEY_NOT_FOUND("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found.",
			"指定的 AccessKey 不存在。"),

	SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 400,
			"Specified signature is not matched with our calculation. server string to sign is:{0}",
			"指定的签名与我们的计算不匹配。server string to sign is:{0}"),

	INCOMPLETE_SIGNATURE("IncompleteSignature", 400,
			"The request signature does not conform to Aliyun standards. server string to sign is:{0}",
			"请求签名不符合阿里云标准。server string to sign is:{0}"),

	TIMESTAMP_EXPIRED("InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired.",
			"指定的时间戳或日期值已过期。"),

	TIMESTAMP_FORMAT("InvalidTimeStamp.Format", 400, "Specified time stamp or date value is not well formatted.",
			"指定的时间戳或日期值格式不正确。"),

	NONCE_USED("SignatureNonceUsed", 400, "Specified signature nonce was used already.", "指定的签名随机数已被使用。"),

	SECURITY_TOKEN_MISMATCH("InvalidSecurityToken.MismatchWithAccessKey", 400,
			"Specified SecurityToken mismatch with the AccessKey.", "指定的 SecurityToken 与 AccessKey 不匹配。"),

	INVALID_VERSION("InvalidVersion", 400, "Specified parameter Version is not valid.", "指定的参数 Version 无效。"),

	TASK_IS_BEING_PROCESSED("TaskIsBeingProcessed", 400, "An operation is being processed. Please try again later.",
			"有操作正在处理中，请稍后再试。"),

	DOMAIN_NOT_EXIST("DomainNotExist", 400, "The domain name does not exist.", "域名不存在。"),

	DOMAIN_TRANSFER_PENDING_NOT_EXIST("DomainTransferPendingNotExist", 400,
			"The domain name is not currently being transferred in.", "该域名当前不在转入中。"),

	TOKEN_FAILED("TokenFailed", 400, "Invalid email link, please get a new verification email", "邮件链接无效，请重新获取验证邮件。"),

	INSTANCE_NOT_FOUND("InvalidInstanceId.NotFound", 404, "The specified InstanceId does not exist.", "指定的实例编号不存在。"),

	INTERNAL_ERROR("InternalError", 500,
			"The request processing has failed due to some unknown error, exception or failure.",
			"请求处理因未知错误、异常或故障而失败。"),

	SERVICE_UNAVAILABLE("ServiceUnavailable", 503, "The request has failed due to a temporary failure of the server.",
			"请求因服务暂时故障而失败。");

	private final String code;

	private final int httpStatus;

	private final String english;

	private final String chinese;

	ApiError(String code, int httpStatus, String english, String chinese) {
		this.code = code;
		this.httpStatus = httpStatus;
		this.english = english;
		this.chinese = chinese;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

	public String code(String argument) {
		return fill(this.code, argument);
	}

	public String message(Lang lang, String argument) {
		return fill((lang == Lang.ZH) ? this.chinese : this.english, argument);
	}

	private static String fill(String template, String argument) {
		return (argument != null) ? template.replace("{0}", argument) : template;
	}

}
