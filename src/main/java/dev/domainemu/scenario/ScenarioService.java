package dev.domainemu.scenario;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.domainemu.account.Accounts;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.domain.DomainService;
import dev.domainemu.fault.FaultService;
import dev.domainemu.journal.Cause;
import dev.domainemu.fault.FaultSpec;
import dev.domainemu.paging.Window;
import dev.domainemu.progression.Progression;
import dev.domainemu.registrar.RegistrarSeed;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.Lang;
import dev.domainemu.storage.ChangeGate;
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

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads scenarios all or nothing, remembers what each made, and removes exactly that. A
 * scenario is checked whole first (every problem reported at once); it is then seeded in
 * one transaction through the same services as the API, so a refusal at that stage (a
 * domain already held, a second open transfer-in) leaves nothing behind either. Its
 * entries are made as of its {@code clock.now}; the clock then moves there last, in the
 * same transaction, running the steps due on the way: a refused scenario changes nothing
 * at all, clock and steps included. No step of this emulator runs meanwhile.
 */
@Service
public class ScenarioService {

	/** The task types a scenario can make, with the services that submit them. */
	static final List<TaskType> TASK_TYPES = List.of(TaskType.QUERY_TRANSFER_AUTH_CODE,
			TaskType.SET_TRANSFER_PROHIBITED, TaskType.APPROVE_TRANSFER_OUT, TaskType.CANCEL_TRANSFER_OUT,
			TaskType.CANCEL_TRANSFER_IN);

	static final List<String> TASK_STATES = List.of("pending", "succeeded", "failed");

	/**
	 * How many entries are seeded between two flushes that empty the persistence context:
	 * each query flushes first, checking every entity it holds, so an unbounded context
	 * would make a large scenario take quadratic time.
	 */
	private static final int ENTRIES_PER_FLUSH = 25;

	private final LoadedScenarioRepository scenarios;

	private final ScenarioItemRepository items;

	private final Accounts accounts;

	private final EmulatorClock clock;

	private final Progression progression;

	private final RegistrarService registrar;

	private final DomainService domains;

	private final TransferInService transfers;

	private final TransferInSeeding seeding;

	private final TaskService tasks;

	private final TransferOutService transfersOut;

	private final FaultService faults;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	private final ChangeGate gate;

	ScenarioService(LoadedScenarioRepository scenarios, ScenarioItemRepository items, Accounts accounts,
			EmulatorClock clock, Progression progression, RegistrarService registrar, DomainService domains,
			TransferInService transfers, TransferInSeeding seeding, TaskService tasks, TransferOutService transfersOut,
			FaultService faults, PlatformTransactionManager transactionManager, EntityManager entityManager,
			ChangeGate gate) {
		this.gate = gate;
		this.scenarios = scenarios;
		this.items = items;
		this.accounts = accounts;
		this.clock = clock;
		this.progression = progression;
		this.registrar = registrar;
		this.domains = domains;
		this.transfers = transfers;
		this.seeding = seeding;
		this.tasks = tasks;
		this.transfersOut = transfersOut;
		this.faults = faults;
		this.transaction = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
	}

	/**
	 * Reads and loads a scenario document.
	 * @param file where it came from ({@code lab.yaml}, or {@code request body})
	 * @param name the name to load it under, or {@code null} for the document's own (or
	 * else the file's)
	 * @throws ScenarioException with every problem found; nothing was kept
	 */
	public ScenarioView load(String file, String text, String name) {
		Scenario scenario = ScenarioReader.read(file, text);
		Checked checked = check(file, scenario, name);
		Cause previousCause = Cause.set(Cause.ADMIN);
		try {
			return this.gate.alone(() -> this.progression.exclusively(() -> this.transaction.execute((status) -> {
				ScenarioView view;
				// its entries are made as of the scenario's time
				try (EmulatorClock.Pin pin = this.clock
					.pin((checked.now() != null) ? checked.now() : this.clock.instant())) {
					view = seed(file, checked);
				}
				// the clock moves last, still inside the transaction: the steps due on
				// the
				// way run in it, and the clock takes its new setting when it commits
				if (checked.now() != null) {
					this.progression.moveWithin(checked.now());
				}
				if (checked.frozen() != null) {
					this.clock.setFrozen(checked.frozen());
				}
				return view;
			})));
		}
		finally {
			Cause.restore(previousCause);
		}
	}

	/**
	 * Checks a document without loading it.
	 * @throws ScenarioException with every problem found
	 */
	public void validate(String file, String text) {
		check(file, ScenarioReader.read(file, text), null);
	}

	/** A page of the loaded scenarios, oldest first. */
	public Slice<ScenarioView> list(Window window) {
		return this.transaction
			.execute((status) -> this.scenarios.findAll(window.pageable(Sort.by("loadedAt", "name"))).map(this::view));
	}

	public Optional<ScenarioView> find(String name) {
		return this.transaction.execute((status) -> this.scenarios.findById(name).map(this::view));
	}

	/**
	 * Removes what the scenario made (and only that: what calls made since stays) and
	 * forgets the scenario.
	 * @return {@code false} when no scenario has that name
	 */
	public boolean remove(String name) {
		return this.gate
			.alone(() -> this.progression.exclusively(() -> Boolean.TRUE.equals(this.transaction.execute((status) -> {
				Optional<LoadedScenario> scenario = this.scenarios.findById(name);
				scenario.ifPresent(this::removeItems);
				return scenario.isPresent();
			}))));
	}

	/** Forgets every scenario (what they made is cleared by the services' own reset). */
	public void clear() {
		this.transaction.executeWithoutResult((status) -> {
			this.items.deleteAllInBatch();
			this.scenarios.deleteAllInBatch();
		});
	}

	private void removeItems(LoadedScenario scenario) {
		Map<ScenarioItem.Kind, List<ScenarioItem.Made>> byKind = new EnumMap<>(ScenarioItem.Kind.class);
		this.items.made(scenario.name())
			.forEach((item) -> byKind.computeIfAbsent(item.kind(), (kind) -> new ArrayList<>()).add(item));
		this.faults.removeAll(keys(byKind, ScenarioItem.Kind.FAULT).stream().map(Long::valueOf).toList());
		this.tasks.remove(scenario.userId(), keys(byKind, ScenarioItem.Kind.TASK));
		this.seeding.remove(scenario.userId(), keys(byKind, ScenarioItem.Kind.TRANSFER_IN));
		this.domains.remove(scenario.userId(), keys(byKind, ScenarioItem.Kind.DOMAIN));
		this.registrar.remove(keys(byKind, ScenarioItem.Kind.REGISTRAR_DOMAIN));
		this.items.deleteByScenario(scenario.name());
		this.scenarios.delete(scenario);
		this.scenarios.flush();
	}

	private static List<String> keys(Map<ScenarioItem.Kind, List<ScenarioItem.Made>> byKind, ScenarioItem.Kind kind) {
		return byKind.getOrDefault(kind, List.of()).stream().map(ScenarioItem.Made::key).toList();
	}

	private ScenarioView view(LoadedScenario scenario) {
		List<String> registrarDomains = new ArrayList<>();
		List<String> held = new ArrayList<>();
		List<ScenarioView.Made> transferIns = new ArrayList<>();
		List<ScenarioView.Made> madeTasks = new ArrayList<>();
		List<Long> faultIds = new ArrayList<>();
		for (ScenarioItem.Made item : this.items.made(scenario.name())) {
			switch (item.kind()) {
				case REGISTRAR_DOMAIN -> registrarDomains.add(item.key());
				case DOMAIN -> held.add(item.key());
				case TRANSFER_IN -> transferIns.add(new ScenarioView.Made(item.domainName(), item.key()));
				case TASK -> madeTasks.add(new ScenarioView.Made(item.domainName(), item.key()));
				case FAULT -> faultIds.add(Long.valueOf(item.key()));
			}
		}
		return new ScenarioView(scenario.name(), scenario.userId(), scenario.source(), scenario.loadedAt(),
				registrarDomains, held, transferIns, madeTasks, faultIds);
	}

	/**
	 * A scenario that passed its checks, each entry turned into what its service seeds.
	 */
	private record Checked(String name, String userId, Instant now, Boolean frozen, List<RegistrarSeed> registrar,
			List<DomainSeed> domains, List<TransferInSeed> transferIns, List<Scenario.Task> tasks,
			List<FaultSpec> faults) {
	}

	private Checked check(String file, Scenario scenario, String nameGiven) {
		List<ScenarioProblem> problems = new ArrayList<>();
		String name = (nameGiven != null) ? nameGiven : (scenario.name() != null) ? scenario.name()
				: (file.startsWith("request body")) ? unusedName() : baseName(file);
		if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
			problems.add(new ScenarioProblem(file, "name", null,
					"'" + name + "' is not a name of 1 to 64 letters, digits, dots, dashes or underscores"));
		}
		String userId = this.accounts.orDefault(scenario.account());
		if (userId.length() > 32) {
			problems.add(new ScenarioProblem(file, "account", null, "must be at most 32 characters"));
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
		List<Scenario.Task> taskEntries = convert(file, "tasks", scenario.tasksOrEmpty(), ScenarioService::task,
				problems);
		List<FaultSpec> faultSpecs = convert(file, "faults", scenario.faultsOrEmpty(), Seeds::fault, problems);
		if (!problems.isEmpty()) {
			throw new ScenarioException(problems);
		}
		return new Checked(name, userId, now, frozen, registrarSeeds, domainSeeds, transferSeeds, taskEntries,
				faultSpecs);
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

	/** The first of {@code scenario-1}, {@code scenario-2}, … not loaded yet. */
	private String unusedName() {
		for (int n = 1;; n++) {
			if (!this.scenarios.existsById("scenario-" + n)) {
				return "scenario-" + n;
			}
		}
	}

	private static String baseName(String file) {
		String base = file.replaceAll(".*[/\\\\]", "");
		int dot = base.lastIndexOf('.');
		return (dot > 0) ? base.substring(0, dot) : base;
	}

	private ScenarioView seed(String file, Checked checked) {
		List<ScenarioProblem> problems = new ArrayList<>();
		String userId = checked.userId();
		Optional<LoadedScenario> earlier = this.scenarios.findById(checked.name());
		earlier.ifPresent(this::removeItems);
		String name = checked.name();
		List<ScenarioItem> made = new ArrayList<>();
		for (int i = 0; i < checked.registrar().size(); i++) {
			RegistrarSeed seed = checked.registrar().get(i);
			attempt(file, "registrarDomains[" + i + "]", problems, made, () -> {
				this.registrar.seed(seed);
				made.add(new ScenarioItem(name, ScenarioItem.Kind.REGISTRAR_DOMAIN, seed.domainName(),
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
				made.add(new ScenarioItem(name, ScenarioItem.Kind.DOMAIN, stored.domainName(), stored.domainName()));
			});
		}
		for (int i = 0; i < checked.transferIns().size(); i++) {
			TransferInSeed seed = checked.transferIns().get(i);
			attempt(file, "transferIns[" + i + "]", problems, made, () -> {
				TransferInRecord stored = this.seeding.seed(userId, seed);
				made.add(new ScenarioItem(name, ScenarioItem.Kind.TRANSFER_IN, stored.instanceId(),
						stored.domainName()));
			});
		}
		for (int i = 0; i < checked.tasks().size(); i++) {
			Scenario.Task task = checked.tasks().get(i);
			attempt(file, "tasks[" + i + "]", problems, made, () -> {
				String taskNo = submit(userId, task);
				made.add(new ScenarioItem(name, ScenarioItem.Kind.TASK, taskNo, task.domainName()));
			});
		}
		for (int i = 0; i < checked.faults().size(); i++) {
			FaultSpec spec = checked.faults().get(i);
			attempt(file, "faults[" + i + "]", problems, made, () -> made.add(new ScenarioItem(name,
					ScenarioItem.Kind.FAULT, String.valueOf(this.faults.add(userId, spec).id()), spec.domainName())));
		}
		if (!problems.isEmpty()) {
			throw new ScenarioException(problems);
		}
		if (earlier.isPresent()) {
			this.scenarios.flush();
		}
		LoadedScenario scenario = this.scenarios.save(new LoadedScenario(name, userId, file, this.clock.instant()));
		this.items.saveAll(made);
		return view(scenario);
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
			case ORDER_TRANSFER_IN ->
				throw new IllegalArgumentException("type: '" + task.type() + "' is not one of " + TASK_TYPES);
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
