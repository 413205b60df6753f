package dev.domainemu.journal;

import java.time.Instant;

/**
 * A change of status of something the emulator keeps.
 *
 * @param subject what changed: {@code transfer-in}, {@code transfer-out} or
 * {@code task-detail}
 * @param id its InstanceId, transfer-out number or TaskDetailNo
 * @param account the UserId that owns it
 * @param domainName its domain
 * @param from the status before ({@code null} when it was just made)
 * @param to the status after
 * @param at the emulator time of the change
 * @param cause what made it, as it stood when the change was made
 */
public record StatusChange(String subject, String id, String account, String domainName, String from, String to,
		Instant at, Cause cause) {

	/** A change made now, by the cause current on this thread. */
	public static StatusChange now(String subject, String id, String account, String domainName, String from, String to,
			Instant at) {
		return new StatusChange(subject, id, account, domainName, from, to, at, Cause.current());
	}

}
