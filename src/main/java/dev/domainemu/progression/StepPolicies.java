package dev.domainemu.progression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.domainemu.storage.AfterCommit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How each kind of step is timed for each account ({@link StepSetting}): configured by
 * {@code emulator.progression.<kind>.policy} and {@code .duration}, changed per account
 * at runtime and kept in the database, so that emulators sharing it take the change up;
 * and how many of the account's steps wait or were given up.
 */
@Service
public class StepPolicies {

	private final StepSettings settings;

	private final StepSettingStore stored;

	private final StepQueue queue;

	private final StepRunner runner;

	private final StepDrivers drivers;

	private final TransactionTemplate transaction;

	StepPolicies(ProgressionProperties configured, StepSettingStore stored, StepQueue queue, StepRunner runner,
			StepDrivers drivers, PlatformTransactionManager transactionManager) {
		this.settings = new StepSettings(configured);
		this.stored = stored;
		this.queue = queue;
		this.runner = runner;
		this.drivers = drivers;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Every kind of step with the account's setting, in a stable order. */
	public Map<String, StepSetting> settings(String account) {
		return this.settings.all(account);
	}

	/** The account's setting of a kind of step. */
	public StepSetting setting(String account, String kind) {
		return this.settings.get(account, kind);
	}

	/** Every kind of step, in a stable order. */
	public List<String> kinds() {
		List<String> kinds = new ArrayList<>();
		this.settings.kinds().forEach(kinds::add);
		return kinds;
	}

	/** Whether a kind of step exists. */
	public boolean hasKind(String kind) {
		return this.settings.has(kind);
	}

	/**
	 * Changes how a kind of step is timed for the account. Its steps of that kind already
	 * waiting are timed again from their origin under the new setting (one statement),
	 * and whatever is then due runs at once.
	 */
	public void update(String account, String kind, StepSetting setting) {
		setting(account, kind);
		StepDriver driver = this.drivers.of(account);
		driver.locked(() -> {
			this.transaction.executeWithoutResult((status) -> {
				this.stored.save(account, kind, setting);
				this.queue.retime(account, kind, setting);
			});
			this.settings.put(account, kind, setting);
			driver.recomputeNextDue();
			driver.runDueNow();
			return null;
		});
	}

	/** How many of the account's steps of each kind wait, due or held. */
	public Map<String, Long> pending(String account) {
		return zeroFilled(this.transaction.execute((status) -> this.queue.countByKind(account)));
	}

	/**
	 * How many of the account's steps of each kind failed every attempt and were given
	 * up.
	 */
	public Map<String, Long> failed(String account) {
		return zeroFilled(this.runner.failures(account));
	}

	/** The counts given, with 0 for every kind they leave out, in name order. */
	private Map<String, Long> zeroFilled(Map<String, Long> given) {
		Map<String, Long> counts = new TreeMap<>();
		this.settings.kinds().forEach((kind) -> counts.put(kind, 0L));
		counts.putAll(given);
		return counts;
	}

	/**
	 * Collects the step handlers with their settings from the configuration, refusing
	 * settings for kinds that do not exist, then takes up every account's stored
	 * settings.
	 */
	Map<String, StepHandler> collect(List<StepHandler> handlers) {
		Map<String, StepHandler> collected = this.settings.collect(handlers);
		takeUpAll();
		return collected;
	}

	/**
	 * Takes up the account's settings as stored, another emulator may have changed them.
	 */
	void takeUp(String account) {
		long mark = this.settings.mark();
		this.settings.takeUp(account, this.transaction.execute((status) -> this.stored.of(account)), mark);
	}

	/** Takes up every account's settings as stored. */
	void takeUpAll() {
		long mark = this.settings.mark();
		this.settings.takeUpAll(this.transaction.execute((status) -> this.stored.all()), mark);
	}

	/**
	 * Forgets the account's stored settings in the caller's transaction, and puts them
	 * back as configured once it commits.
	 */
	void clear(String account) {
		this.stored.delete(account);
		AfterCommit.run(() -> this.settings.restore(account));
	}

	/** As {@link #clear} for every account. */
	void clearAll() {
		this.stored.deleteAll();
		AfterCommit.run(this.settings::restoreAll);
	}

}
