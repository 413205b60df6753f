package dev.domainemu.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.journal.Cause;
import dev.domainemu.paging.Window;
import dev.domainemu.progression.Progression;
import dev.domainemu.storage.ChangeGate;

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

	private final LoadedScenarioRepository scenarios;

	private final ScenarioItemRepository items;

	private final ScenarioChecker checker;

	private final ScenarioEntries entries;

	private final EmulatorClock clock;

	private final Progression progression;

	private final TransactionTemplate transaction;

	private final ChangeGate gate;

	ScenarioService(LoadedScenarioRepository scenarios, ScenarioItemRepository items, ScenarioChecker checker,
			ScenarioEntries entries, EmulatorClock clock, Progression progression,
			PlatformTransactionManager transactionManager, ChangeGate gate) {
		this.scenarios = scenarios;
		this.items = items;
		this.checker = checker;
		this.entries = entries;
		this.clock = clock;
		this.progression = progression;
		this.transaction = new TransactionTemplate(transactionManager);
		this.gate = gate;
	}

	/**
	 * Reads and loads a scenario document.
	 * @param file where it came from ({@code lab.yaml}, or {@code request body})
	 * @param name the name to load it under, or {@code null} for the document's own (or
	 * else the file's)
	 * @param account the account the call names, or {@code null}
	 * @throws ScenarioException with every problem found; nothing was kept
	 */
	public ScenarioView load(String file, String text, String name, String account) {
		Scenario scenario = ScenarioReader.read(file, text);
		CheckedScenario checked = this.checker.check(file, scenario, name, account);
		Cause previousCause = Cause.set(Cause.ADMIN);
		try {
			String userId = checked.userId();
			return this.gate.alone(userId,
					() -> this.progression.exclusively(userId, () -> this.transaction.execute((status) -> {
						ScenarioView view;
						// its entries are made as of the scenario's time
						try (EmulatorClock.Pin pin = this.clock.pin(userId,
								(checked.now() != null) ? checked.now() : this.clock.now(userId))) {
							view = view(this.entries.make(file, checked));
						}
						// the account's clock moves last, still inside the transaction:
						// the
						// steps due on the way run in it, and the clock takes its new
						// setting
						// when it commits
						if (checked.now() != null) {
							this.progression.moveWithin(userId, checked.now());
						}
						if (checked.frozen() != null) {
							this.clock.setFrozen(userId, checked.frozen());
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
	public void validate(String file, String text, String account) {
		this.checker.check(file, ScenarioReader.read(file, text), null, account);
	}

	/** A page of the scenarios the account loaded, oldest first. */
	public Slice<ScenarioView> list(String userId, Window window) {
		return this.transaction
			.execute((status) -> this.scenarios.findByUserId(userId, window.pageable(Sort.by("loadedAt", "name")))
				.map(this::view));
	}

	public Optional<ScenarioView> find(String userId, String name) {
		return this.transaction
			.execute((status) -> this.scenarios.findById(new LoadedScenario.Key(userId, name)).map(this::view));
	}

	/**
	 * Removes what the scenario made (and only that: what calls made since stays) and
	 * forgets the scenario.
	 * @return {@code false} when no scenario has that name
	 */
	public boolean remove(String userId, String name) {
		return this.gate.alone(userId, () -> this.progression.exclusively(userId,
				() -> Boolean.TRUE.equals(this.transaction.execute((status) -> {
					Optional<LoadedScenario> scenario = this.scenarios.findById(new LoadedScenario.Key(userId, name));
					scenario.ifPresent(this.entries::unmake);
					return scenario.isPresent();
				}))));
	}

	/**
	 * Forgets the account's scenarios (what they made is cleared by the services' own
	 * reset); joins the caller's transaction.
	 */
	public void forget(String userId) {
		this.transaction.executeWithoutResult((status) -> {
			this.items.deleteByUserId(userId);
			this.scenarios.deleteByUserId(userId);
		});
	}

	/** Forgets every scenario (what they made is cleared by the services' own reset). */
	public void clear() {
		this.transaction.executeWithoutResult((status) -> {
			this.items.deleteAllInBatch();
			this.scenarios.deleteAllInBatch();
		});
	}

	private ScenarioView view(LoadedScenario scenario) {
		List<String> keys = new ArrayList<>();
		List<String> registrarDomains = new ArrayList<>();
		List<String> held = new ArrayList<>();
		List<ScenarioView.Made> transferIns = new ArrayList<>();
		List<ScenarioView.Made> madeTasks = new ArrayList<>();
		List<Long> faultIds = new ArrayList<>();
		for (ScenarioItem.Made item : this.items.made(scenario.userId(), scenario.name())) {
			switch (item.kind()) {
				case KEY -> keys.add(item.key());
				case REGISTRAR_DOMAIN -> registrarDomains.add(item.key());
				case DOMAIN -> held.add(item.key());
				case TRANSFER_IN -> transferIns.add(new ScenarioView.Made(item.domainName(), item.key()));
				case TASK -> madeTasks.add(new ScenarioView.Made(item.domainName(), item.key()));
				case FAULT -> faultIds.add(Long.valueOf(item.key()));
			}
		}
		return new ScenarioView(scenario.name(), scenario.userId(), scenario.source(), scenario.loadedAt(), keys,
				registrarDomains, held, transferIns, madeTasks, faultIds);
	}

}
