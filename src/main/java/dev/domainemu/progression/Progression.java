package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.journal.Cause;
import dev.domainemu.paging.Batches;
import dev.domainemu.rpc.RpcCallListener;
import dev.domainemu.rpc.RpcRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves time-driven state. Each kind of step has a policy ({@link StepSetting}), read
 * from {@code emulator.progression.<kind>.policy} and {@code .duration} at startup and
 * changeable at runtime. Steps are stored with the emulator time they fall due; they run
 * in time order when the clock passes them: before any RPC call is handled, every 200 ms
 * of real time, and one by one while the clock is advanced, the clock standing at each
 * step's time while it runs. Manual steps wait until {@link #runNow} is asked for.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Progression implements RpcCallListener, SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(Progression.class);

	private final ScheduledStepRepository steps;

	private final Map<String, StepHandler> handlers = new LinkedHashMap<>();

	private final Map<String, StepSetting> settings = new ConcurrentHashMap<>();

	private final Map<String, StepSetting> configuredSettings = new LinkedHashMap<>();

	private final Environment environment;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final ReentrantLock lock = new ReentrantLock();

	/** Lower bound of the earliest pending step's due time, in epoch milliseconds. */
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

	private List<StepInterceptor> interceptors = List.of();

	Progression(ScheduledStepRepository steps, ObjectProvider<StepHandler> handlerProvider,
			ObjectProvider<StepInterceptor> interceptors, EmulatorClock clock,
			PlatformTransactionManager transactionManager, Environment environment) {
		this.interceptorProvider = interceptors;
		this.environment = environment;
		this.steps = steps;
		this.handlerProvider = handlerProvider;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Collects the step handlers once every bean exists (handlers may depend on this
	 * service) and their settings from the configuration, refusing settings for kinds
	 * that do not exist.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.interceptors = this.interceptorProvider.orderedStream().toList();
		this.handlerProvider.orderedStream().forEach((handler) -> {
			if (this.handlers.putIfAbsent(handler.kind(), handler) != null) {
				throw new IllegalStateException("Two step handlers for kind " + handler.kind());
			}
		});
		Binder binder = Binder.get(this.environment);
		binder.bind("emulator.progression", Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of())
			.keySet()
			.forEach((key) -> {
				if (this.handlers.keySet().stream().noneMatch((kind) -> sameName(kind, key))) {
					throw new IllegalStateException("emulator.progression." + key + " names no step; the steps are "
							+ String.join(", ", this.handlers.keySet()));
				}
			});
		this.handlers.forEach((kind, handler) -> {
			StepSetting fallback = handler.defaultSetting();
			Configured given = binder.bind("emulator.progression." + kind, Configured.class).orElse(null);
			this.settings
				.put(kind,
						(given != null)
								? new StepSetting((given.policy() != null) ? given.policy() : fallback.policy(),
										(given.duration() != null) ? given.duration() : fallback.duration())
								: fallback);
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

	/** A step's policy and duration as the configuration gives them, either optional. */
	record Configured(StepPolicy policy, Duration duration) {
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
	 * again from their origin under the new setting, and whatever is then due runs at
	 * once.
	 */
	public void update(String kind, StepSetting setting) {
		setting(kind);
		this.lock.lock();
		try {
			this.settings.put(kind, setting);
			this.transaction.executeWithoutResult((status) -> this.steps.findByKindOrderByIdAsc(kind)
				.forEach((step) -> step.retime(setting.dueFrom(step.origin()))));
			recomputeNextDue();
		}
		finally {
			this.lock.unlock();
		}
		runDue();
	}

	/** How many steps of each kind wait, due or held. */
	public Map<String, Long> pending() {
		Map<String, Long> counts = new TreeMap<>();
		this.transaction.executeWithoutResult(
				(status) -> this.handlers.keySet().forEach((kind) -> counts.put(kind, this.steps.countByKind(kind))));
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
			List<ScheduledStep> waiting = this.transaction
				.execute((status) -> (target != null) ? this.steps.findByKindAndTargetOrderByIdAsc(kind, target)
						: this.steps.findByKindOrderByIdAsc(kind));
			Instant now = this.clock.instant();
			waiting.forEach((step) -> run(step, now));
			return waiting.size();
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/**
	 * Schedules a step from {@code origin} under its kind's policy; it must be called
	 * inside the transaction that makes its target.
	 */
	public void schedule(String kind, String target, Instant origin) {
		Instant dueAt = setting(kind).dueFrom(origin);
		this.steps.save(new ScheduledStep(origin, dueAt, kind, target));
		if (dueAt == null) {
			return;
		}
		long due = dueAt.toEpochMilli();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					lowerNextDue(due);
				}
			});
		}
		else {
			lowerNextDue(due);
		}
	}

	@Override
	public void beforeHandler(RpcRequest request) {
		if (this.clock.millis() >= this.nextDueMillis.get()) {
			runDue();
		}
	}

	/**
	 * In the background: takes up a clock change another emulator on the database made,
	 * then runs what is due (steps another one scheduled included).
	 */
	@Scheduled(fixedDelay = 200)
	void tick() {
		this.clock.refresh();
		runDue();
	}

	/** Runs every step due at the current time. */
	public void runDue() {
		this.lock.lock();
		try {
			Instant now = this.clock.instant();
			for (Optional<ScheduledStep> step = firstDue(now); step.isPresent(); step = firstDue(now)) {
				run(step.get(), step.get().dueAt());
			}
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/**
	 * Moves the clock forward, running every step that falls due on the way in time
	 * order, and answers the new time.
	 */
	public Instant advance(Duration duration) {
		this.lock.lock();
		try {
			Instant target = this.clock.instant().plus(duration);
			for (Optional<ScheduledStep> step = firstDue(target); step.isPresent(); step = firstDue(target)) {
				if (step.get().dueAt().isAfter(this.clock.instant())) {
					this.clock.setNow(step.get().dueAt());
				}
				run(step.get(), step.get().dueAt());
			}
			this.clock.setNow(target);
			return this.clock.instant();
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/**
	 * Forgets the waiting steps of the targets, whatever their kind; joins the caller's
	 * transaction.
	 */
	public void forget(Collection<String> targets) {
		this.transaction
			.executeWithoutResult((status) -> Batches.forEach(targets, (batch) -> this.steps.deleteByTargets(batch)));
	}

	/** Forgets every pending step and puts every policy back as configured. */
	public void clear() {
		this.lock.lock();
		try {
			this.settings.putAll(this.configuredSettings);
			this.transaction.executeWithoutResult((status) -> this.steps.deleteAllInBatch());
			this.nextDueMillis.set(Long.MAX_VALUE);
		}
		finally {
			this.lock.unlock();
		}
	}

	private Optional<ScheduledStep> firstDue(Instant upTo) {
		return this.transaction.execute((status) -> this.steps.findFirstByDueAtLessThanEqualOrderByDueAtAscIdAsc(upTo));
	}

	private void run(ScheduledStep step, Instant at) {
		StepHandler handler = this.handlers.get(step.kind());
		Cause previous = Cause.set(Cause.CLOCK);
		try {
			this.transaction.executeWithoutResult((status) -> {
				if (this.steps.deleteOne(step.id()) == 1 && this.interceptors.stream()
					.noneMatch((interceptor) -> interceptor.intercept(step.kind(), step.target(), at))) {
					handler.run(step.target(), at);
				}
			});
		}
		catch (RuntimeException ex) {
			logger.error("Step {} for {} failed and is dropped", step.kind(), step.target(), ex);
			this.transaction.executeWithoutResult((status) -> this.steps.deleteOne(step.id()));
		}
		finally {
			Cause.restore(previous);
		}
	}

	/**
	 * Reads the earliest due time from the database. A step scheduled while the query ran
	 * may be missing from its answer, so then the lower of the two values is kept.
	 */
	private void recomputeNextDue() {
		long seen = this.lowerings.get();
		long earliest = this.transaction.execute((status) -> this.steps.findFirstByDueAtNotNullOrderByDueAtAscIdAsc())
			.map((step) -> step.dueAt().toEpochMilli())
			.orElse(Long.MAX_VALUE);
		this.nextDueMillis
			.updateAndGet((current) -> (this.lowerings.get() == seen) ? earliest : Math.min(current, earliest));
	}

	private void lowerNextDue(long due) {
		this.lowerings.incrementAndGet();
		this.nextDueMillis.accumulateAndGet(due, Math::min);
	}

}
