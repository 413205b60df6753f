package dev.domainemu.scenario;

import java.util.List;

/**
 * A load of many entries at once ({@code POST /_emulator/bulk}): {@code count} held
 * domains {@code <prefix>-<n>.com}, each with a pending task when {@code tasks} is given,
 * and {@code count} transfer-ins of {@code <prefix>-in-<n>.com} when {@code transferIns}
 * is given.
 *
 * @param account the account, or {@code null} for the default one
 * @param prefix what the names start with: 1 to 40 lower-case letters, digits and dashes
 * @param count how many of each (1 to 2,000,000)
 * @param tasks a pending task over each held domain, or {@code null} for none
 * @param transferIns the transfer-ins, or {@code null} for none
 */
public record BulkSeed(String account, String prefix, Integer count, Tasks tasks, TransferIns transferIns) {

	/**
	 * @param type {@code QUERY_TRANSFER_AUTH_CODE} or {@code SET_TRANSFER_PROHIBITED}
	 * @param transferProhibited for a lock task, the lock it sets ({@code true} by
	 * default)
	 */
	public record Tasks(String type, Boolean transferProhibited) {
	}

	/**
	 * @param status the documented Status they are in (not 11; 10 by default)
	 */
	public record TransferIns(Integer status) {
	}

	/**
	 * What a load made, with up to 1,000 of the TaskNos and InstanceIds it made, evenly
	 * spread.
	 */
	public record Made(int domains, int tasks, int transferIns, long millis, List<String> taskNos,
			List<String> instanceIds) {
	}

}
