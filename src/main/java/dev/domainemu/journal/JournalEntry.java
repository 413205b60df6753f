package dev.domainemu.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One journal entry: an RPC call ({@code kind} {@code call}), a status change
 * ({@code kind} {@code transition}) or a step that failed ({@code kind} {@code failure}:
 * its {@code step} kind, its target as {@code id}, its due time as {@code at}, how many
 * {@code attempts} were made and the last {@code error}). A call let through with a
 * signature that does not hold ({@code emulator.signature.mode=log}) says why in
 * {@code signature}. Fields that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(long seq, String kind, Instant at, String account, String action,
		Map<String, String> parameters, Integer httpStatus, String code, Long latencyMs, String requestId,
		String subject, String id, String domainName, String from, String to, String cause, String step,
		Integer attempts, String error, String signature) {

	/** The kinds of entry, as {@code kind} names them. */
	public static final List<String> KINDS = List.of("call", "transition", "failure");

	static JournalEntry call(long seq, Instant at, String account, String action, Map<String, String> parameters,
			int httpStatus, String code, long latencyMs, String requestId, String signature) {
		return new JournalEntry(seq, "call", at, account, action, parameters, httpStatus, code, latencyMs, requestId,
				null, null, null, null, null, null, null, null, null, signature);
	}

	static JournalEntry transition(long seq, StatusChange change) {
		return new JournalEntry(seq, "transition", change.at(), change.account(), null, null, null, null, null, null,
				change.subject(), change.id(), change.domainName(), change.from(), change.to(), change.cause().label(),
				null, null, null, null);
	}

	static JournalEntry failure(long seq, StepFailure failure) {
		return new JournalEntry(seq, "failure", failure.dueAt(), failure.account(), null, null, null, null, null, null,
				null, failure.target(), null, null, null, Cause.CLOCK.label(), failure.step(), failure.attempts(),
				failure.error(), null);
	}

	/**
	 * The domains this entry concerns: the call's DomainName parameters, or the change's
	 * domain.
	 */
	boolean concerns(String domain) {
		if (domain.equals(this.domainName)) {
			return true;
		}
		if (this.parameters == null) {
			return false;
		}
		for (Map.Entry<String, String> parameter : this.parameters.entrySet()) {
			String name = parameter.getKey();
			if ((name.equals("DomainName") || name.startsWith("DomainName.") || name.endsWith(".DomainName"))
					&& domain.equalsIgnoreCase(parameter.getValue())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this entry concerns the instance (the call's InstanceId, or the change's
	 * id).
	 */
	boolean concernsInstance(String instanceId) {
		return instanceId.equals(this.id)
				|| (this.parameters != null && instanceId.equals(this.parameters.get("InstanceId")));
	}

}
