package dev.domainemu.scenario;

import java.util.List;

/**
 * A scenario document, as read from YAML or JSON: what to put into the emulator in one
 * step. Every section may be left out.
 *
 * @param name what the scenario is known by (for listing and removal); the file's name
 * when left out
 * @param account the account it seeds (when left out: the account the call names, else
 * the default account)
 * @param keys access keys to register for the account
 * @param clock where the account's clock stands, set before anything is seeded
 * @param registrarDomains domains as the losing registrar sees them
 * @param domains domains the account holds
 * @param transferIns transfer-ins in any documented Status, with optional timelines
 * @param tasks tasks over held domains: pending, succeeded or failed
 * @param faults fault rules, as {@code POST /_emulator/faults} takes them
 */
public record Scenario(String name, String account, List<Key> keys, Clock clock, List<Registrar> registrarDomains,
		List<Domain> domains, List<TransferIn> transferIns, List<Task> tasks, List<Fault> faults) {

	/** An access key that acts for the scenario's account, with its secret. */
	public record Key(String accessKeyId, String accessKeySecret, String securityToken) {
	}

	/**
	 * Where the clock stands: an ISO-8601 instant with its offset, and whether frozen.
	 */
	public record Clock(String now, Boolean frozen) {
	}

	/** A domain on the losing registrar's side. */
	public record Registrar(String domainName, String authorizationCode, Boolean transferProhibited, String whoisEmail,
			Boolean premium, Integer progressBarType, Boolean nameAuditPasses) {
	}

	/** A domain the account holds. */
	public record Domain(String domainName, String transferAuthorizationCode, Boolean transferProhibited, String email,
			Integer registryFailures) {
	}

	/**
	 * A transfer-in. {@code hold} leaves it where it is as far as the service's own steps
	 * go; a timeline moves it at set times after loading (and, without {@code hold},
	 * hands it back to the service after its last move).
	 */
	public record TransferIn(String domainName, Integer status, Integer progressBarType, String email,
			Boolean needMailCheck, Boolean whoisMailStatus, String resultCode, String authorizationCode, Boolean hold,
			List<Move> timeline) {
	}

	/** A timeline move: {@code after} a duration such as {@code 2m}, to a Status. */
	public record Move(String after, Integer status, String resultCode) {
	}

	/**
	 * A task over one held domain. {@code state} is {@code pending} (submitted; it runs
	 * when the clock reaches its steps), {@code succeeded} (with {@code result}) or
	 * {@code failed} (with {@code errorMsg} and {@code failReason}).
	 */
	public record Task(String type, String domainName, String state, String result, String errorMsg, String failReason,
			Boolean transferProhibited) {
	}

	/** A fault rule. */
	public record Fault(FaultMatch match, FaultError error, FaultMove transferIn, Integer latencyMs, Integer times,
			Double probability, Long seed) {
	}

	/** Which calls, or which transfer-in step, a fault rule matches. */
	public record FaultMatch(String action, String domainName, String instanceId, Integer status, String step) {
	}

	/**
	 * The Alibaba error a fault rule answers with; {@code httpStatus} defaults to 400.
	 */
	public record FaultError(String code, String message, Integer httpStatus) {
	}

	/** Where a step rule moves the transfer-in instead. */
	public record FaultMove(Integer status, String resultCode) {
	}

	List<Key> keysOrEmpty() {
		return (this.keys != null) ? this.keys : List.of();
	}

	List<Registrar> registrarDomainsOrEmpty() {
		return (this.registrarDomains != null) ? this.registrarDomains : List.of();
	}

	List<Domain> domainsOrEmpty() {
		return (this.domains != null) ? this.domains : List.of();
	}

	List<TransferIn> transferInsOrEmpty() {
		return (this.transferIns != null) ? this.transferIns : List.of();
	}

	List<Task> tasksOrEmpty() {
		return (this.tasks != null) ? this.tasks : List.of();
	}

	List<Fault> faultsOrEmpty() {
		return (this.faults != null) ? this.faults : List.of();
	}

}
