package dev.domainemu.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.rpc.RpcCallListener;
import dev.domainemu.rpc.RpcRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves time-driven state. Steps are stored with the emulator time they fall due; they
 * run in time order when the clock passes them: before any RPC call is handled, every 200
 * ms of real time, and one by one while the clock is advanced, the clock standing at each
 * step's time while it runs.
 */
@Service
public class Progression implements RpcCallListener, SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(Progression.class);

	private final ScheduledStepRepository steps;

	private final Map<String, StepHandler> handlers = new HashMap<>();

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final ReentrantLock lock = new ReentrantLock();

	/** Lower bound of the earliest pending step's due time, in epoch milliseconds. */
	private volatile long nextDueMillis = Long.MIN_VALUE;

	private final ObjectProvider<StepHandler> handlerProvider;

	Progression(ScheduledStepRepository steps, ObjectProvider<StepHandler> handlerProvider, EmulatorClock clock,
			PlatformTransactionManager transactionManager) {
		this.steps = steps;
		this.handlerProvider = handlerProvider;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Collects the step handlers once every bean exists (handlers may depend on this
	 * service).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.handlerProvider.orderedStream().forEach((handler) -> {
			if (this.handlers.putIfAbsent(handler.kind(), handler) != null) {
				throw new IllegalStateException("Two step handlers for kind " + handler.kind());
			}
		});
	}

	/**
	 * Schedules a step; it must be called inside the transaction that makes its target.
	 */
	public void schedule(String kind, String target, Instant dueAt) {
		if (!this.handlers.containsKey(kind)) {
			throw new IllegalArgumentException("No step handler for kind " + kind);
		}
		this.steps.save(new ScheduledStep(dueAt, kind, target));
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
		if (this.clock.millis() >= this.nextDueMillis) {
			runDue();
		}
	}

	/** Runs every step due at the current time. */
	@Scheduled(fixedDelay = 200)
	public void runDue() {
		this.lock.lock();
		try {
			Instant now = this.clock.instant();
			for (Optional<ScheduledStep> step = firstDue(now); step.isPresent(); step = firstDue(now)) {
				run(step.get());
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
				run(step.get());
			}
			this.clock.setNow(target);
			return this.clock.instant();
		}
		finally {
			recomputeNextDue();
			this.lock.unlock();
		}
	}

	/** Forgets every pending step. */
	public void clear() {
		this.lock.lock();
		try {
			this.transaction.executeWithoutResult((status) -> this.steps.deleteAllInBatch());
			this.nextDueMillis = Long.MAX_VALUE;
		}
		finally {
			this.lock.unlock();
		}
	}

	private Optional<ScheduledStep> firstDue(Instant upTo) {
		return this.transaction.execute((status) -> this.steps.findFirstByDueAtLessThanEqualOrderByDueAtAscIdAsc(upTo));
	}

	private void run(ScheduledStep step) {
		StepHandler handler = this.handlers.get(step.kind());
		try {
			this.transaction.executeWithoutResult((status) -> {
				if (this.steps.deleteOne(step.id()) == 1) {
					handler.run(step.target(), step.dueAt());
				}
			});
		}
		catch (RuntimeException ex) {
			logger.error("Step {} for {} failed and is dropped", step.kind(), step.target(), ex);
			this.transaction.executeWithoutResult((status) -> this.steps.deleteOne(step.id()));
		}
	}

	private synchronized void recomputeNextDue() {
		Optional<ScheduledStep> first = this.transaction
			.execute((status) -> this.steps.findFirstByOrderByDueAtAscIdAsc());
		this.nextDueMillis = first.map((step) -> step.dueAt().toEpochMilli()).orElse(Long.MAX_VALUE);
	}

	private synchronized void lowerNextDue(long due) {
		if (due < this.nextDueMillis) {
			this.nextDueMillis = due;
		}
	}

}
