package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.rpc.RpcCallListener;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.storage.AfterCommit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves time-driven state. Each kind of step has a policy ({@link StepSetting}), read
 * from {@code emulator.progression.<kind>.policy} and {@code .duration} at startup and
 * changeable at runtime. Steps wait in the {@link StepQueue} with the emulator time they
 * fall due; the {@link StepRunner} runs them in time order when the clock passes them:
 * before an RPC call is handled (which waits for that at most
 * {@code emulator.steps.request-wait}), every 200 ms of real time, and on the way while
 * the clock is moved forward, the clock standing at each step's time while it runs.
 * Manual steps wait until {@link #runNow} is asked for. One thread of this emulator runs
 * steps at a time; emulators sharing a database each claim steps the others do not hold.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Progression implements RpcCallListener, SmartInitializingSingleton {

	private final StepQueue queue;

	private final StepRunner runner;

	private final StepSettings settings;

	private final StepDriver driver;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final ObjectProvider<StepHandler> handlerProvider;

	private final ObjectProvider<StepInterceptor> interceptorProvider;

	Progression(StepQueue queue, StepRunner runner, ObjectProvider<StepHandler> handlerProvider,
			ObjectProvider<StepInterceptor> interceptors, EmulatorClock clock,
			PlatformTransactionManager transactionManager, ProgressionProperties configured,
			StepEngineProperties properties) {
		this.queue = queue;
		this.runner = runner;
		this.interceptorProvider = interceptors;
		this.settings = new StepSettings(configured);
		this.handlerProvider = handlerProvider;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.driver = new StepDriver(queue, runner, clock, this.transaction, properties.requestWait());
	}

	/**
	 * Collects the step handlers once every bean exists (handlers may depend on this
	 * service) and their settings from the configuration, refusing settings for kinds
	 * that do not exist.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.runner.use(this.settings.collect(this.handlerProvider.orderedStream().toList()),
				this.interceptorProvider.orderedStream().toList());
	}

	/** Every kind of step with its current setting, in a stable order. */
	public Map<String, StepSetting> settings() {
		return this.settings.all();
	}

	/** The current setting of a kind of step. */
	public StepSetting setting(String kind) {
		return this.settings.get(kind);
	}

	/** Whether a kind of step exists. */
	public boolean hasKind(String kind) {
		return this.settings.has(kind);
	}

	/**
	 * Changes how a kind of step is timed. Steps of that kind already waiting are timed
	 * again from their origin under the new setting (one statement), and whatever is then
	 * due runs at once.
	 */
	public void update(String kind, StepSetting setting) {
		setting(kind);
		this.driver.locked(() -> {
			this.settings.put(kind, setting);
			this.transaction.executeWithoutResult((status) -> this.queue.retime(kind, setting));
			this.driver.recomputeNextDue();
			this.driver.runDueNow();
			return null;
		});
	}

	/** How many steps of each kind wait, due or held. */
	public Map<String, Long> pending() {
		return zeroFilled(this.transaction.execute((status) -> this.queue.countByKind()));
	}

	/** How many steps of each kind failed every attempt and were given up. */
	public Map<String, Long> failed() {
		return zeroFilled(this.runner.failures());
	}

	/** The counts given, with 0 for every kind they leave out, in name order. */
	private Map<String, Long> zeroFilled(Map<String, Long> given) {
		Map<String, Long> counts = new TreeMap<>();
		this.settings.kinds().forEach((kind) -> counts.put(kind, 0L));
		counts.putAll(given);
		return counts;
	}

	/**
	 * Runs now, at the current time and in the order they were scheduled, the waiting
	 * steps of a kind (all of them, or those of one target), whatever their policy.
	 * @return how many ran
	 */
	public int runNow(String kind, String target) {
		setting(kind);
		return this.driver.locked(() -> {
			Instant now = this.clock.instant();
			int brought = this.transaction.execute((status) -> this.queue.bringForward(kind, target, now));
			this.driver.runDueNow();
			return brought;
		});
	}

	/**
	 * Schedules a step of the account from {@code origin} under its kind's policy; it
	 * must be called inside the transaction that makes its target.
	 */
	public void schedule(String account, String kind, String target, Instant origin) {
		Instant dueAt = setting(kind).dueFrom(origin);
		this.queue.add(account, kind, target, origin, dueAt);
		if (dueAt != null) {
			this.driver.scheduled(dueAt.toEpochMilli());
		}
	}

	/**
	 * Schedules a step of each target at once, all of the same account and kind and from
	 * the same origin; it must be called inside the transaction that makes the targets.
	 */
	public void scheduleAll(String account, String kind, List<String> targets, Instant origin) {
		Instant dueAt = setting(kind).dueFrom(origin);
		this.queue.addAll(account, kind, targets, origin, dueAt);
		if (dueAt != null && !targets.isEmpty()) {
			this.driver.scheduled(dueAt.toEpochMilli());
		}
	}

	/**
	 * Before a call: runs what is due, waiting at most
	 * {@code emulator.steps.request-wait} for another thread running steps, and for this
	 * one's own run; not while the clock is being moved, whose mover runs them.
	 */
	@Override
	public void beforeHandler(RpcRequest request) {
		this.driver.beforeCall();
	}

	/**
	 * In the background: takes up a clock change another emulator on the database made,
	 * then runs what is due (steps another one scheduled included), unless a thread of
	 * this emulator is at it already.
	 */
	@Scheduled(fixedDelay = 200)
	void tick() {
		this.clock.refresh();
		this.driver.runDueUnlessBusy();
	}

	/** Runs every step due at the current time. */
	public void runDue() {
		this.driver.locked(() -> {
			this.driver.runDueNow();
			return null;
		});
	}

	/**
	 * Moves the clock forward by {@code duration} from where it stands, running every
	 * step that falls due on the way in time order, and answers the new time.
	 */
	public Instant advance(Duration duration) {
		return this.driver.advance(duration);
	}

	/**
	 * Sets the clock to {@code target}: forward, running every step due on the way in
	 * time order, or back (nothing runs).
	 */
	public Instant moveTo(Instant target) {
		return this.driver.moveTo(target);
	}

	/**
	 * Moves the clock to {@code target} inside the caller's transaction, running the
	 * steps due on the way in it too: if it rolls back, so does all of it. Call it from
	 * {@link #exclusively}.
	 */
	public void moveWithin(Instant target) {
		this.driver.moveWithin(target);
	}

	/**
	 * Does the work while no step of this emulator runs and the clock is not being moved,
	 * for changes that must not meet a step half-way (a reset, a scenario).
	 */
	public <T> T exclusively(Supplier<T> work) {
		return this.driver.locked(work);
	}

	/**
	 * Forgets the waiting steps of the targets, whatever their kind, in the caller's
	 * transaction.
	 */
	public void forget(Collection<String> targets) {
		this.queue.forget(targets);
	}

	/**
	 * Forgets every pending step in the caller's transaction and puts every policy back
	 * as configured, and the failure counts to zero, once it commits.
	 */
	public void clear() {
		this.queue.clear();
		AfterCommit.run(() -> {
			this.settings.restore();
			this.runner.clearFailures();
			this.driver.cleared();
		});
	}

}
