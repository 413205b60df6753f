package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

	private final Map<String, StepHandler> handlers = new LinkedHashMap<>();

	private final Map<String, StepSetting> settings = new ConcurrentHashMap<>();

	private final Map<String, StepSetting> configuredSettings = new LinkedHashMap<>();

	private final ProgressionProperties configured;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final Duration requestWait;

	/** Held by the thread that runs steps or moves the clock. */
	private final ReentrantLock lock = new ReentrantLock();

	/**
	 * When the earliest waiting step falls due (epoch ms), so that a call can tell
	 * cheaply whether steps must run first. Kept without a monitor: it is lowered in the
	 * after-commit of transactions that still hold a connection, so waiting for a lock
	 * there while the lock's holder waits for a connection would stall both.
	 */
	private final AtomicLong nextDueMillis = new AtomicLong(Long.MIN_VALUE);

	/** Counts lowerings, so a recomputation can tell whether one raced with it. */
	private final AtomicLong lowerings = new AtomicLong();

	private final ObjectProvider<StepHandler> handlerProvider;

	private final ObjectProvider<StepInterceptor> interceptorProvider;

	Progression(StepQueue queue, StepRunner runner, ObjectProvider<StepHandler> handlerProvider,
			ObjectProvider<StepInterceptor> interceptors, EmulatorClock clock,
			PlatformTransactionManager transactionManager, ProgressionProperties configured,
			StepEngineProperties properties) {
		this.queue = queue;
		this.runner = runner;
		this.interceptorProvider = interceptors;
		this.configured = configured;
		this.handlerProvider = handlerProvider;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.requestWait = properties.requestWait();
	}

	/**
	 * Collects the step handlers once every bean exists (handlers may depend on this
	 * service) and their settings from the configuration, refusing settings for kinds
	 * that do not exist.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.handlerProvider.orderedStream().forEach((handler) -> {
			if (this.handlers.putIfAbsent(handler.kind(), handler) != null) {
				throw new IllegalStateException("Two step handlers for kind " + handler.kind());
			}
		});
		this.runner.use(this.handlers, this.interceptorProvider.orderedStream().toList());
		Map<String, ProgressionProperties.Configured> given = this.configured.progression();
		given.keySet().forEach((key) -> {
			if (this.handlers.keySet().stream().noneMatch((kind) -> sameName(kind, key))) {
				throw new IllegalStateException("emulator.progression." + key + " names no step; the steps are "
						+ String.join(", ", this.handlers.keySet()));
			}
		});
		this.handlers.forEach((kind, handler) -> {
			StepSetting fallback = handler.defaultSetting();
			StepSetting setting = fallback;
			for (Map.Entry<String, ProgressionProperties.Configured> entry : given.entrySet()) {
				if (sameName(kind, entry.getKey())) {
					ProgressionProperties.Configured mine = entry.getValue();
					setting = new StepSetting((mine.policy() != null) ? mine.policy() : fallback.policy(),
							(mine.duration() != null) ? mine.duration() : fallback.duration());
				}
			}
			this.settings.put(kind, setting);
		});
		this.configuredSettings.putAll(this.settings);
	}

	/**
	 * Whether a configuration key names a kind, in any of the relaxed forms (environment
	 * variables lose the dashes).
	 */
	private static boolean sameName(String kind, String key) {
		return kind.replace("-", "").equalsIgnoreCase(key.replace("-", "").replace("_", ""));
	}

	/** Every kind of step with its current setting, in a stable order. */
	public Map<String, StepSetting> settings() {
		Map<String, StepSetting> all = new LinkedHashMap<>();
		this.handlers.keySet().forEach((kind) -> all.put(kind, this.settings.get(kind)));
		return all;
	}

	/** The current setting of a kind of step. */
	public StepSetting setting(String kind) {
		StepSetting setting = this.settings.get(kind);
		if (setting == null) {
			throw new IllegalArgumentException("No step handler for kind " + kind);
		}
		return setting;
	}

	/** Whether a kind of step exists. */
	public boolean hasKind(String kind) {
		return this.handlers.containsKey(kind);
	}

	/**
	 * Changes how a kind of step is timed. Steps of that kind already waiting are timed
	 * again from their origin under the new setting (one statement), and whatever is then
	 * due runs at once.
	 */
	public void update(String kind, StepSetting setting) {
		setting(kind);
		this.lock.lock();
		try {
			this.settings.put(kind, setting);
			this.transaction.executeWithoutResult((status) -> this.queue.retime(kind, setting));
			recomputeNextDue();
			runUpTo(this.clock.instant(), NOTHING, Long.MAX_VALUE);
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/** How many steps of each kind wait, due or held. */
	public Map<String, Long> pending() {
		Map<String, Long> counts = new TreeMap<>();
		this.handlers.keySet().forEach((kind) -> counts.put(kind, 0L));
		counts.putAll(this.transaction.execute((status) -> this.queue.countByKind()));
		return counts;
	}

	/** How many steps of each kind failed every attempt and were given up. */
	public Map<String, Long> failed() {
		Map<String, Long> counts = new TreeMap<>();
		this.handlers.keySet().forEach((kind) -> counts.put(kind, 0L));
		counts.putAll(this.runner.failures());
		return counts;
	}

	/**
	 * Runs now, at the current time and in the order they were scheduled, the waiting
	 * steps of a kind (all of them, or those of one target), whatever their policy.
	 * @return how many ran
	 */
	public int runNow(String kind, String target) {
		setting(kind);
		this.lock.lock();
		try {
			Instant now = this.clock.instant();
			int brought = this.transaction.execute((status) -> this.queue.bringForward(kind, target, now));
			runUpTo(now, NOTHING, Long.MAX_VALUE);
			return brought;
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/**
	 * Schedules a step of the account from {@code origin} under its kind's policy; it
	 * must be called inside the transaction that makes its target.
	 */
	public void schedule(String account, String kind, String target, Instant origin) {
		Instant dueAt = setting(kind).dueFrom(origin);
		this.queue.add(account, kind, target, origin, dueAt);
		if (dueAt != null) {
			lowerAfterCommit(dueAt.toEpochMilli());
		}
	}

	/** Lowers the next due time once the transaction that scheduled a step commits. */
	private void lowerAfterCommit(long due) {
		AfterCommit.run(() -> lowerNextDue(due));
	}

	/**
	 * Schedules a step of each target at once, all of the same account and kind and from
	 * the same origin; it must be called inside the transaction that makes the targets.
	 */
	public void scheduleAll(String account, String kind, List<String> targets, Instant origin) {
		Instant dueAt = setting(kind).dueFrom(origin);
		this.queue.addAll(account, kind, targets, origin, dueAt);
		if (dueAt != null && !targets.isEmpty()) {
			lowerAfterCommit(dueAt.toEpochMilli());
		}
	}

	/**
	 * Before a call: runs what is due, waiting at most
	 * {@code emulator.steps.request-wait} for another thread running steps, and for this
	 * one's own run; not while the clock is being moved, whose mover runs them.
	 */
	@Override
	public void beforeHandler(RpcRequest request) {
		if (this.clock.millis() < this.nextDueMillis.get() || this.clock.isMoving()) {
			return;
		}
		long deadline = System.nanoTime() + this.requestWait.toNanos();
		try {
			if (!this.lock.tryLock(this.requestWait.toNanos(), TimeUnit.NANOSECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			runUpTo(this.clock.instant(), NOTHING, deadline);
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/**
	 * In the background: takes up a clock change another emulator on the database made,
	 * then runs what is due (steps another one scheduled included), unless a thread of
	 * this emulator is at it already.
	 */
	@Scheduled(fixedDelay = 200)
	void tick() {
		this.clock.refresh();
		if (!this.lock.tryLock()) {
			return;
		}
		try {
			runUpTo(this.clock.instant(), NOTHING, Long.MAX_VALUE);
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/** Runs every step due at the current time. */
	public void runDue() {
		this.lock.lock();
		try {
			runUpTo(this.clock.instant(), NOTHING, Long.MAX_VALUE);
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/**
	 * Moves the clock forward by {@code duration} from where it stands, running every
	 * step that falls due on the way in time order, and answers the new time.
	 */
	public Instant advance(Duration duration) {
		this.lock.lock();
		try {
			Instant from = this.clock.beginMove();
			return moveFrom(from, from.plus(duration));
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Sets the clock to {@code target}: forward, running every step due on the way in
	 * time order, or back (nothing runs).
	 */
	public Instant moveTo(Instant target) {
		this.lock.lock();
		try {
			Instant from = this.clock.beginMove();
			if (!target.isAfter(from)) {
				this.clock.land(target);
				return this.clock.instant();
			}
			return moveFrom(from, target);
		}
		finally {
			this.lock.unlock();
		}
	}

	private Instant moveFrom(Instant from, Instant target) {
		try {
			runUpTo(target, this.clock::raise, Long.MAX_VALUE);
		}
		finally {
			this.clock.land(target);
			recomputeNextDue();
		}
		return this.clock.instant();
	}

	/**
	 * Moves the clock to {@code target} inside the caller's transaction, running the
	 * steps due on the way in it too: if it rolls back, so does all of it. Call it from
	 * {@link #exclusively}.
	 */
	public void moveWithin(Instant target) {
		if (!this.lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("moveWithin must be called from exclusively");
		}
		Instant from = this.clock.beginMove();
		if (target.isAfter(from)) {
			while (this.runner.runNextWithin(target, this.clock::raise) > 0) {
				// every step due on the way, in time order
			}
		}
		this.clock.land(target);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				recomputeNextDue();
			}
		});
	}

	/**
	 * Does the work while no step of this emulator runs and the clock is not being moved,
	 * for changes that must not meet a step half-way (a reset, a scenario).
	 */
	public <T> T exclusively(Supplier<T> work) {
		this.lock.lock();
		try {
			return work.get();
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
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
			this.settings.putAll(this.configuredSettings);
			this.runner.clearFailures();
			this.nextDueMillis.set(Long.MAX_VALUE);
		});
	}

	private static final Consumer<Instant> NOTHING = (at) -> {
	};

	/**
	 * Runs the steps due at {@code upTo} or before, batch after batch, until none is left
	 * (waiting for those another emulator runs) or the deadline
	 * ({@link System#nanoTime()}) has passed.
	 */
	private void runUpTo(Instant upTo, Consumer<Instant> atDueTime, long deadline) {
		for (int ran = this.runner.runNext(upTo, atDueTime); ran != StepRunner.NONE_DUE; ran = this.runner.runNext(upTo,
				atDueTime)) {
			if (System.nanoTime() - deadline > 0) {
				return;
			}
			if (ran == 0) {
				// another emulator on the database holds the steps due now: they are done
				// once it commits
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Reads the earliest due time from the database. A step scheduled while the query ran
	 * may be missing from its answer, so then the lower of the two values is kept.
	 */
	private void recomputeNextDue() {
		long seen = this.lowerings.get();
		Instant earliestDue = this.transaction.execute((status) -> this.queue.earliestDue());
		long earliest = (earliestDue != null) ? earliestDue.toEpochMilli() : Long.MAX_VALUE;
		this.nextDueMillis
			.updateAndGet((current) -> (this.lowerings.get() == seen) ? earliest : Math.min(current, earliest));
	}

	private void lowerNextDue(long due) {
		this.lowerings.incrementAndGet();
		this.nextDueMillis.accumulateAndGet(due, Math::min);
	}

}
