package dev.domainemu.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.domainemu.account.AccountConflictException;
import dev.domainemu.account.Accounts;
import dev.domainemu.account.KeyRecord;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.domain.DomainService;
import dev.domainemu.fault.FaultService;
import dev.domainemu.fault.FaultSpec;
import dev.domainemu.registrar.RegistrarSeed;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.Lang;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskType;
import dev.domainemu.transferin.SeedConflictException;
import dev.domainemu.transferin.TransferInRecord;
import dev.domainemu.transferin.TransferInSeed;
import dev.domainemu.transferin.TransferInSeeding;
import dev.domainemu.transferin.TransferInService;
import dev.domainemu.transferout.TransferOutService;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * A checked scenario's entries, made through the same services as the API (a refused
 * entry is reported with the others, and the caller's transaction then keeps nothing),
 * remembered per scenario, and unmade exactly.
 */
@Component
class ScenarioEntries {

	/**
	 * How many entries are seeded between two flushes that empty the persistence context:
	 * each query flushes first, checking every entity it holds, so an unbounded context
	 * would make a large scenario take quadratic time.
	 */
	private static final int ENTRIES_PER_FLUSH = 25;

	private final LoadedScenarioRepository scenarios;

	private final ScenarioItemRepository items;

	private final RegistrarService registrar;

	private final DomainService domains;

	private final TransferInService transfers;

	private final TransferInSeeding seeding;

	private final TaskService tasks;

	private final TransferOutService transfersOut;

	private final FaultService faults;

	private final EmulatorClock clock;

	private final EntityManager entityManager;

	private final Accounts accounts;

	ScenarioEntries(LoadedScenarioRepository scenarios, ScenarioItemRepository items, RegistrarService registrar,
			DomainService domains, TransferInService transfers, TransferInSeeding seeding, TaskService tasks,
			TransferOutService transfersOut, FaultService faults, EmulatorClock clock, EntityManager entityManager,
			Accounts accounts) {
		this.accounts = accounts;
		this.scenarios = scenarios;
		this.items = items;
		this.registrar = registrar;
		this.domains = domains;
		this.transfers = transfers;
		this.seeding = seeding;
		this.tasks = tasks;
		this.transfersOut = transfersOut;
		this.faults = faults;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Makes the scenario's entries through their services, in the caller's transaction,
	 * after unmaking those of an earlier scenario of its name, and remembers what each
	 * made.
	 * @throws ScenarioException with every entry that was refused
	 */
	LoadedScenario make(String file, CheckedScenario checked) {
		List<ScenarioProblem> problems = new ArrayList<>();
		String userId = checked.userId();
		Optional<LoadedScenario> earlier = this.scenarios.findById(new LoadedScenario.Key(userId, checked.name()));
		earlier.ifPresent(this::unmake);
		String name = checked.name();
		List<ScenarioItem> made = new ArrayList<>();
		for (int i = 0; i < checked.keys().size(); i++) {
			KeyRecord key = checked.keys().get(i);
			attempt(file, "keys[" + i + "]", problems, made, () -> {
				try {
					this.accounts.register(key);
				}
				catch (AccountConflictException ex) {
					throw new IllegalArgumentException(ex.getMessage(), ex);
				}
				made.add(new ScenarioItem(userId, name, ScenarioItem.Kind.KEY, key.accessKeyId(), null));
			});
		}
		for (int i = 0; i < checked.registrar().size(); i++) {
			RegistrarSeed seed = checked.registrar().get(i);
			attempt(file, "registrarDomains[" + i + "]", problems, made, () -> {
				this.registrar.seed(userId, seed);
				made.add(new ScenarioItem(userId, name, ScenarioItem.Kind.REGISTRAR_DOMAIN, seed.domainName(),
						seed.domainName()));
			});
		}
		for (int i = 0; i < checked.domains().size(); i++) {
			DomainSeed seed = checked.domains().get(i);
			attempt(file, "domains[" + i + "]", problems, made, () -> {
				if (this.domains.holds(userId, seed.domainName())) {
					throw new IllegalArgumentException("domainName: " + seed.domainName() + " is already held");
				}
				DomainRecord stored = this.domains.add(userId, seed);
				made.add(new ScenarioItem(userId, name, ScenarioItem.Kind.DOMAIN, stored.domainName(),
						stored.domainName()));
			});
		}
		for (int i = 0; i < checked.transferIns().size(); i++) {
			TransferInSeed seed = checked.transferIns().get(i);
			attempt(file, "transferIns[" + i + "]", problems, made, () -> {
				TransferInRecord stored = this.seeding.seed(userId, seed);
				made.add(new ScenarioItem(userId, name, ScenarioItem.Kind.TRANSFER_IN, stored.instanceId(),
						stored.domainName()));
			});
		}
		for (int i = 0; i < checked.tasks().size(); i++) {
			Scenario.Task task = checked.tasks().get(i);
			attempt(file, "tasks[" + i + "]", problems, made, () -> {
				String taskNo = submit(userId, task);
				made.add(new ScenarioItem(userId, name, ScenarioItem.Kind.TASK, taskNo, task.domainName()));
			});
		}
		for (int i = 0; i < checked.faults().size(); i++) {
			FaultSpec spec = checked.faults().get(i);
			attempt(file, "faults[" + i + "]", problems, made, () -> made.add(new ScenarioItem(userId, name,
					ScenarioItem.Kind.FAULT, String.valueOf(this.faults.add(userId, spec).id()), spec.domainName())));
		}
		if (!problems.isEmpty()) {
			throw new ScenarioException(problems);
		}
		if (earlier.isPresent()) {
			this.scenarios.flush();
		}
		LoadedScenario scenario = this.scenarios.save(new LoadedScenario(name, userId, file, this.clock.now(userId)));
		this.items.saveAll(made);
		return scenario;
	}

	/**
	 * Removes what the scenario made (and only that: what calls made since stays) and
	 * forgets the scenario, in the caller's transaction.
	 */
	void unmake(LoadedScenario scenario) {
		Map<ScenarioItem.Kind, List<ScenarioItem.Made>> byKind = new EnumMap<>(ScenarioItem.Kind.class);
		this.items.made(scenario.userId(), scenario.name())
			.forEach((item) -> byKind.computeIfAbsent(item.kind(), (kind) -> new ArrayList<>()).add(item));
		keys(byKind, ScenarioItem.Kind.KEY).forEach(this.accounts::forgetKey);
		this.faults.removeAll(keys(byKind, ScenarioItem.Kind.FAULT).stream().map(Long::valueOf).toList());
		this.tasks.remove(scenario.userId(), keys(byKind, ScenarioItem.Kind.TASK));
		this.seeding.remove(scenario.userId(), keys(byKind, ScenarioItem.Kind.TRANSFER_IN));
		this.domains.remove(scenario.userId(), keys(byKind, ScenarioItem.Kind.DOMAIN));
		this.registrar.remove(scenario.userId(), keys(byKind, ScenarioItem.Kind.REGISTRAR_DOMAIN));
		this.items.deleteByScenario(scenario.userId(), scenario.name());
		this.scenarios.delete(scenario);
		this.scenarios.flush();
	}

	private static List<String> keys(Map<ScenarioItem.Kind, List<ScenarioItem.Made>> byKind, ScenarioItem.Kind kind) {
		return byKind.getOrDefault(kind, List.of()).stream().map(ScenarioItem.Made::key).toList();
	}

	private void attempt(String file, String entry, List<ScenarioProblem> problems, List<ScenarioItem> made,
			Runnable seeding) {
		try {
			seeding.run();
			if (problems.isEmpty() && made.size() % ENTRIES_PER_FLUSH == 0) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(ScenarioProblem.of(file, entry, ex.getMessage()));
		}
		catch (SeedConflictException ex) {
			problems.add(ScenarioProblem.of(file, entry, ex.getMessage()));
		}
		catch (ApiException ex) {
			problems.add(new ScenarioProblem(file, entry, "domainName",
					ex.error().code(ex.argument()) + ": " + ex.error().message(Lang.EN, ex.argument())));
		}
	}

	/** Submits the task as the API would, then ends it as the entry says. */
	private String submit(String userId, Scenario.Task task) {
		String taskNo = switch (TaskType.valueOf(task.type())) {
			case QUERY_TRANSFER_AUTH_CODE -> this.domains.submitAuthorizationCodeTask(userId, task.domainName(), null);
			case SET_TRANSFER_PROHIBITED ->
				this.domains.submitLock(userId, task.domainName(), task.transferProhibited(), null);
			case APPROVE_TRANSFER_OUT -> this.transfersOut.submitApproval(userId, task.domainName(), null);
			case CANCEL_TRANSFER_OUT -> this.transfersOut.submitCancellation(userId, task.domainName(), null);
			case CANCEL_TRANSFER_IN -> this.transfers.submitCancellation(userId, task.domainName(), null);
			case ORDER_TRANSFER_IN -> throw new IllegalArgumentException(
					"type: '" + task.type() + "' is not one of " + ScenarioChecker.TASK_TYPES);
		};
		switch (task.state().toLowerCase(Locale.ROOT)) {
			case "succeeded" -> this.tasks.settle(userId, taskNo, null, TaskOutcome.succeeded(task.result()));
			case "failed" -> this.tasks.settle(userId, taskNo, null,
					TaskOutcome.failedOnRequest(task.failReason(), task.errorMsg()));
			default -> {
			}
		}
		return taskNo;
	}

}
