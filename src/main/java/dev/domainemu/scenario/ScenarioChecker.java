package dev.domainemu.scenario;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.domainemu.account.Accounts;
import dev.domainemu.account.KeyRules;
import dev.domainemu.account.KeyRecord;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.fault.FaultSpec;
import dev.domainemu.registrar.RegistrarSeed;
import dev.domainemu.task.TaskType;
import dev.domainemu.transferin.TransferInSeed;

import org.springframework.stereotype.Component;

/**
 * Checks a scenario document whole before anything of it is loaded: its name, account,
 * keys and clock, and every entry turned into what its service seeds, each problem
 * reported with the file, the entry and the field.
 */
@Component
class ScenarioChecker {

	/** The task types a scenario can make, with the services that submit them. */
	static final List<TaskType> TASK_TYPES = List.of(TaskType.QUERY_TRANSFER_AUTH_CODE,
			TaskType.SET_TRANSFER_PROHIBITED, TaskType.APPROVE_TRANSFER_OUT, TaskType.CANCEL_TRANSFER_OUT,
			TaskType.CANCEL_TRANSFER_IN);

	static final List<String> TASK_STATES = List.of("pending", "succeeded", "failed");

	private final Accounts accounts;

	private final LoadedScenarioRepository scenarios;

	ScenarioChecker(Accounts accounts, LoadedScenarioRepository scenarios) {
		this.accounts = accounts;
		this.scenarios = scenarios;
	}

	/**
	 * The scenario, checked.
	 * @param nameGiven the name to load it under, or {@code null} for the document's own
	 * (or else the file's)
	 * @param callerAccount the account the call names, or {@code null}: the document's
	 * account when it names none (and it must agree when it names one)
	 * @throws ScenarioException with every problem found
	 */
	CheckedScenario check(String file, Scenario scenario, String nameGiven, String callerAccount) {
		List<ScenarioProblem> problems = new ArrayList<>();
		String userId = (scenario.account() != null) ? this.accounts.orDefault(scenario.account())
				: this.accounts.orDefault(callerAccount);
		if (userId.length() > 32) {
			problems.add(new ScenarioProblem(file, "account", null, "must be at most 32 characters"));
		}
		if (scenario.account() != null && callerAccount != null && !callerAccount.equals(userId)) {
			problems.add(new ScenarioProblem(file, "account", null, "the document seeds account " + userId
					+ " but the call names account " + callerAccount + "; leave one of them out"));
		}
		String name = (nameGiven != null) ? nameGiven : (scenario.name() != null) ? scenario.name()
				: (file.startsWith("request body")) ? unusedName(userId) : baseName(file);
		if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
			problems.add(new ScenarioProblem(file, "name", null,
					"'" + name + "' is not a name of 1 to 64 letters, digits, dots, dashes or underscores"));
		}
		List<KeyRecord> keys = convert(file, "keys", scenario.keysOrEmpty(), (key) -> {
			KeyRecord record = new KeyRecord(key.accessKeyId(), key.accessKeySecret(), userId, key.securityToken());
			KeyRules.check(record);
			return record;
		}, problems);
		Set<String> keyIds = new HashSet<>();
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i) != null && !keyIds.add(keys.get(i).accessKeyId())) {
				problems.add(new ScenarioProblem(file, "keys[" + i + "]", "accessKeyId",
						keys.get(i).accessKeyId() + " is listed twice"));
			}
		}
		Instant now = null;
		Boolean frozen = null;
		if (scenario.clock() != null) {
			frozen = scenario.clock().frozen();
			if (scenario.clock().now() != null) {
				try {
					now = OffsetDateTime.parse(scenario.clock().now()).toInstant();
				}
				catch (DateTimeParseException ex) {
					problems.add(new ScenarioProblem(file, "clock", "now", "'" + scenario.clock().now()
							+ "' is not an ISO-8601 time with its offset, such as 2026-11-24T10:00:00+08:00"));
				}
			}
		}
		List<RegistrarSeed> registrarSeeds = convert(file, "registrarDomains", scenario.registrarDomainsOrEmpty(),
				Seeds::registrar, problems);
		List<DomainSeed> domainSeeds = convert(file, "domains", scenario.domainsOrEmpty(), Seeds::domain, problems);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < domainSeeds.size(); i++) {
			if (domainSeeds.get(i) != null && !seen.add(domainSeeds.get(i).domainName())) {
				problems.add(new ScenarioProblem(file, "domains[" + i + "]", "domainName",
						domainSeeds.get(i).domainName() + " is listed twice"));
			}
		}
		List<TransferInSeed> transferSeeds = convert(file, "transferIns", scenario.transferInsOrEmpty(),
				Seeds::transferIn, problems);
		List<Scenario.Task> taskEntries = convert(file, "tasks", scenario.tasksOrEmpty(), ScenarioChecker::task,
				problems);
		List<FaultSpec> faultSpecs = convert(file, "faults", scenario.faultsOrEmpty(), Seeds::fault, problems);
		if (!problems.isEmpty()) {
			throw new ScenarioException(problems);
		}
		return new CheckedScenario(name, userId, keys, now, frozen, registrarSeeds, domainSeeds, transferSeeds,
				taskEntries, faultSpecs);
	}

	private static <E, S> List<S> convert(String file, String section, List<E> entries, Function<E, S> converter,
			List<ScenarioProblem> problems) {
		List<S> converted = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String entry = section + "[" + i + "]";
			if (entries.get(i) == null) {
				problems.add(new ScenarioProblem(file, entry, null, "is empty"));
				converted.add(null);
				continue;
			}
			try {
				converted.add(converter.apply(entries.get(i)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(ScenarioProblem.of(file, entry, ex.getMessage()));
				converted.add(null);
			}
		}
		return converted;
	}

	/** A task entry, its domain normalised, once its type, state and fields agree. */
	private static Scenario.Task task(Scenario.Task entry) {
		String domainName = Seeds.domainName("domainName", entry.domainName());
		if (entry.type() == null || TASK_TYPES.stream().noneMatch((type) -> type.name().equals(entry.type()))) {
			throw new IllegalArgumentException("type: " + ((entry.type() == null) ? "is required; one of " + TASK_TYPES
					: "'" + entry.type() + "' is not one of " + TASK_TYPES));
		}
		String state = (entry.state() != null) ? entry.state() : "pending";
		if (!TASK_STATES.contains(state)) {
			throw new IllegalArgumentException("state: '" + state + "' is not one of " + TASK_STATES);
		}
		if (entry.result() != null && !state.equals("succeeded")) {
			throw new IllegalArgumentException("result: only a succeeded task has one");
		}
		if ((entry.errorMsg() != null || entry.failReason() != null) && !state.equals("failed")) {
			throw new IllegalArgumentException(
					((entry.errorMsg() != null) ? "errorMsg" : "failReason") + ": only a failed task has one");
		}
		for (String[] text : new String[][] { { "result", entry.result() }, { "errorMsg", entry.errorMsg() },
				{ "failReason", entry.failReason() } }) {
			if (text[1] != null && text[1].length() > 255) {
				throw new IllegalArgumentException(text[0] + ": must be at most 255 characters");
			}
		}
		boolean lock = entry.type().equals(TaskType.SET_TRANSFER_PROHIBITED.name());
		if (lock != (entry.transferProhibited() != null)) {
			throw new IllegalArgumentException(
					"transferProhibited: " + (lock ? "is required with SET_TRANSFER_PROHIBITED (true turns the lock on)"
							: "only a lock task has one"));
		}
		return new Scenario.Task(entry.type(), domainName, state, entry.result(), entry.errorMsg(), entry.failReason(),
				entry.transferProhibited());
	}

	/**
	 * The first of {@code scenario-1}, {@code scenario-2}, … the account has not loaded
	 * yet.
	 */
	private String unusedName(String userId) {
		for (int n = 1;; n++) {
			if (!this.scenarios.existsById(new LoadedScenario.Key(userId, "scenario-" + n))) {
				return "scenario-" + n;
			}
		}
	}

	private static String baseName(String file) {
		String base = file.replaceAll(".*[/\\\\]", "");
		int dot = base.lastIndexOf('.');
		return (dot > 0) ? base.substring(0, dot) : base;
	}

}
