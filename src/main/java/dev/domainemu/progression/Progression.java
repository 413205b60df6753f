package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.rpc.RpcCallListener;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.storage.AfterCommit;
import dev.domainemu.storage.SharedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves time-driven state, account by account: each account's steps fall due on its own
 * clock. Each kind of step has a policy ({@link StepSetting}), read from
 * {@code emulator.progression.<kind>.policy} and {@code .duration} at startup and
 * changeable per account at runtime. Steps wait in the {@link StepQueue} with the time of
 * their account's clock they fall due; the {@link StepRunner} runs them in time order
 * when that clock passes them: before an RPC call of the account is handled (which waits
 * for that at most {@code emulator.steps.request-wait}), every 200 ms of real time, and
 * on the way while the account's clock is moved forward, the clock standing at each
 * step's time while it runs. Manual steps wait until {@link #runNow} is asked for. One
 * thread of this emulator runs an account's steps at a time ({@link StepDriver}), beside
 * those of other accounts; emulators sharing a database each claim steps the others do
 * not hold.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Progression implements RpcCallListener, SmartInitializingSingleton {

	private final StepQueue queue;

	private final StepRunner runner;

	private final StepPolicies policies;

	private final StepDrivers drivers;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final ObjectProvider<StepHandler> handlerProvider;

	private final ObjectProvider<StepInterceptor> interceptorProvider;

	private final boolean shared;

	Progression(StepQueue queue, StepRunner runner, StepPolicies policies, StepDrivers drivers,
			ObjectProvider<StepHandler> handlerProvider, ObjectProvider<StepInterceptor> interceptors,
			EmulatorClock clock, PlatformTransactionManager transactionManager, SharedDatabase database) {
		this.queue = queue;
		this.runner = runner;
		this.policies = policies;
		this.drivers = drivers;
		this.handlerProvider = handlerProvider;
		this.interceptorProvider = interceptors;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.shared = database.shared();
	}

	/**
	 * Collects the step handlers once every bean exists (handlers may depend on this
	 * service) and their settings from the configuration, refusing settings for kinds
	 * that do not exist; then takes up the accounts whose steps wait in the database.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.runner.use(this.policies.collect(this.handlerProvider.orderedStream().toList()),
				this.interceptorProvider.orderedStream().toList());
		this.transaction.execute((status) -> this.queue.accountsWithSteps()).forEach(this.drivers::of);
	}

	/** The account's setting of a kind of step, as {@link StepPolicies} holds it. */
	public StepSetting setting(String account, String kind) {
		return this.policies.setting(account, kind);
	}

	/**
	 * Runs now, at the account's current time and in the order they were scheduled, its
	 * waiting steps of a kind (all of them, or those of one target), whatever their
	 * policy.
	 * @return how many ran
	 */
	public int runNow(String account, String kind, String target) {
		this.policies.setting(account, kind);
		StepDriver driver = this.drivers.of(account);
		return driver.locked(() -> {
			Instant now = this.clock.now(account);
			int brought = this.transaction.execute((status) -> this.queue.bringForward(account, kind, target, now));
			driver.runDueNow();
			return brought;
		});
	}

	/**
	 * Schedules a step of the account from {@code origin} under its kind's policy; it
	 * must be called inside the transaction that makes its target.
	 */
	public void schedule(String account, String kind, String target, Instant origin) {
		Instant dueAt = this.policies.setting(account, kind).dueFrom(origin);
		this.queue.add(account, kind, target, origin, dueAt);
		if (dueAt != null) {
			AfterCommit.run(() -> this.drivers.of(account).scheduled(dueAt.toEpochMilli()));
		}
	}

	/**
	 * Schedules a step of each target at once, all of the same account and kind and from
	 * the same origin; it must be called inside the transaction that makes the targets.
	 */
	public void scheduleAll(String account, String kind, List<String> targets, Instant origin) {
		Instant dueAt = this.policies.setting(account, kind).dueFrom(origin);
		this.queue.addAll(account, kind, targets, origin, dueAt);
		if (dueAt != null && !targets.isEmpty()) {
			AfterCommit.run(() -> this.drivers.of(account).scheduled(dueAt.toEpochMilli()));
		}
	}

	/**
	 * Before a call: takes up a change of the account's clock another emulator on the
	 * database made, then runs the account's steps that are due, waiting at most
	 * {@code emulator.steps.request-wait} for another thread running them, and for this
	 * one's own run; not while the clock is being moved, whose mover runs them.
	 */
	@Override
	public void beforeHandler(RpcRequest request) {
		refresh(request.userId());
		this.drivers.of(request.userId()).beforeCall();
	}

	/**
	 * Takes up the account's clock and step policies as another emulator on the database
	 * may have changed them; nothing to do when no other can share it.
	 */
	public void refresh(String account) {
		this.clock.refresh(account);
		if (this.shared) {
			this.policies.takeUp(account);
		}
	}

	/**
	 * In the background: takes up the clock changes and the steps other emulators on the
	 * database made, then runs what is due for every account, unless a thread of this
	 * emulator is at that account already.
	 */
	@Scheduled(fixedDelay = 200)
	void tick() {
		if (this.shared) {
			this.clock.refreshAll();
			this.policies.takeUpAll();
			Map<String, Long> marks = new HashMap<>();
			this.drivers.all().forEach((account, driver) -> marks.put(account, driver.mark()));
			Map<String, Instant> earliest = this.transaction
				.execute((status) -> this.queue.earliestDuePerAccount(marks.keySet()));
			earliest.keySet().stream().filter((account) -> !marks.containsKey(account)).forEach(this.drivers::of);
			this.drivers.all().forEach((account, driver) -> {
				Long mark = marks.get(account);
				if (mark != null) {
					driver.recomputed(mark, earliest.get(account));
				}
			});
		}
		this.drivers.all().values().forEach(StepDriver::runDueUnlessBusy);
	}

	/** Runs every step of the account due at its current time. */
	public void runDue(String account) {
		StepDriver driver = this.drivers.of(account);
		driver.locked(() -> {
			driver.runDueNow();
			return null;
		});
	}

	/**
	 * Moves the account's clock forward by {@code duration} from where it stands, running
	 * every step that falls due on the way in time order, and answers the new time.
	 */
	public Instant advance(String account, Duration duration) {
		return this.drivers.of(account).advance(duration);
	}

	/**
	 * Sets the account's clock to {@code target}: forward, running every step due on the
	 * way in time order, or back (nothing runs).
	 */
	public Instant moveTo(String account, Instant target) {
		return this.drivers.of(account).moveTo(target);
	}

	/**
	 * Moves the account's clock to {@code target} inside the caller's transaction,
	 * running the steps due on the way in it too: if it rolls back, so does all of it.
	 * Call it from {@link #exclusively}.
	 */
	public void moveWithin(String account, Instant target) {
		this.drivers.of(account).moveWithin(target);
	}

	/**
	 * Does the work while no step of the account runs on this emulator and its clock is
	 * not being moved, for changes that must not meet a step half-way (a reset of the
	 * account, a scenario).
	 */
	public <T> T exclusively(String account, Supplier<T> work) {
		return this.drivers.of(account).locked(work);
	}

	/**
	 * Does the work while no step of any account runs on this emulator and no clock is
	 * being moved: for a reset of everything.
	 */
	public <T> T exclusivelyEverywhere(Supplier<T> work) {
		return this.drivers.stopped(work);
	}

	/**
	 * Forgets the waiting steps of the targets, whatever their kind, in the caller's
	 * transaction.
	 */
	public void forget(Collection<String> targets) {
		this.queue.forget(targets);
	}

	/**
	 * Forgets the account's pending steps in the caller's transaction and puts its
	 * policies back as configured, and its failure counts to zero, once it commits.
	 */
	public void clear(String account) {
		this.queue.clear(account);
		this.policies.clear(account);
		AfterCommit.run(() -> {
			this.runner.clearFailures(account);
			StepDriver driver = this.drivers.existing(account);
			if (driver != null) {
				driver.cleared();
			}
		});
	}

	/**
	 * Forgets every pending step in the caller's transaction and puts every account's
	 * policies back as configured, and the failure counts to zero, once it commits.
	 */
	public void clearAll() {
		this.queue.clearAll();
		this.policies.clearAll();
		AfterCommit.run(() -> {
			this.runner.clearAllFailures();
			this.drivers.all().values().forEach(StepDriver::cleared);
		});
	}

}
