package dev.domainemu.journal;

import java.time.Instant;

/**
 * Which journal entries to list; every part left {@code null} matches all.
 */
public record JournalFilter(String account, String kind, String action, String domainName, String instanceId,
		String code, Instant from, Instant to) {

	boolean accepts(JournalEntry entry) {
		return (this.account == null || this.account.equals(entry.account()))
				&& (this.kind == null || this.kind.equals(entry.kind()))
				&& (this.action == null || this.action.equals(entry.action()))
				&& (this.domainName == null || entry.concerns(this.domainName))
				&& (this.instanceId == null || entry.concernsInstance(this.instanceId))
				&& (this.code == null || this.code.equals(entry.code()))
				&& (this.from == null || !entry.at().isBefore(this.from))
				&& (this.to == null || entry.at().isBefore(this.to));
	}

}
