package dev.domainemu.admin;

/**
 * The account a control-plane call is about: named by its UserId ({@code account}) or by
 * an access key ({@code accessKeyId}, resolved exactly as an RPC call with that key would
 * be), the default account when the call names neither.
 *
 * @param userId the account's UserId
 */
record Caller(String userId) {

	/**
	 * The account a call names, if it names one ({@code userId} {@code null} when it
	 * names none): for the calls that act on every account unless told otherwise.
	 *
	 * @param userId the account's UserId, or {@code null}
	 */
	record IfNamed(String userId) {
	}

}
