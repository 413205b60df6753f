package dev.domainemu.progression;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.journal.Cause;
import dev.domainemu.journal.Journal;
import dev.domainemu.journal.StepFailure;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due steps: the next ones due at the same time together, in one transaction that
 * also takes them out of the queue (so each takes effect exactly once), each with the
 * clock pinned to its due time and the cause {@code clock}. When that transaction fails
 * (a step threw, or lost a race for a row), its steps run again one at a time, each tried
 * twice; a step that fails both times is given up: counted, journaled, logged with its
 * stack trace, and its handler either ends its target in a documented failure (the step
 * is then forgotten) or leaves it where it was (the step then waits untimed, to be run
 * again through the control plane).
 */
@Component
class StepRunner {

	private static final Logger logger = LoggerFactory.getLogger(StepRunner.class);

	/** What {@link #runNext} answers when no step is due. */
	static final int NONE_DUE = -1;

	/** How many times a step is tried on its own before it is given up. */
	static final int ATTEMPTS = 2;

	private static final int FLUSH_EVERY = 20;

	private final StepQueue queue;

	private final EmulatorClock clock;

	private final Journal journal;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final int batchSize;

	private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

	private Map<String, StepHandler> handlers = Map.of();

	private List<StepInterceptor> interceptors = List.of();

	/** The second worker's thread, when steps due at once are run by two. */
	private final ExecutorService helper;

	StepRunner(StepQueue queue, EmulatorClock clock, Journal journal, EntityManager entityManager,
			PlatformTransactionManager transactionManager, StepEngineProperties properties) {
		this.helper = (properties.workers() > 1) ? Executors.newSingleThreadExecutor((work) -> {
			Thread thread = new Thread(work, "step-worker");
			thread.setDaemon(true);
			return thread;
		}) : null;
		this.queue = queue;
		this.clock = clock;
		this.journal = journal;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactionManager);
		this.batchSize = properties.batchSize();
	}

	@PreDestroy
	void stop() {
		if (this.helper != null) {
			this.helper.shutdownNow();
		}
	}

	void use(Map<String, StepHandler> handlers, List<StepInterceptor> interceptors) {
		this.handlers = Map.copyOf(handlers);
		this.interceptors = List.copyOf(interceptors);
	}

	/**
	 * Runs the steps due at {@code upTo} or before that share the earliest due time (at
	 * most a batch of them), after handing that time to {@code atDueTime}.
	 * @return how many were taken: {@link #NONE_DUE} when none is due, 0 when those due
	 * are all being run by another emulator on the database
	 */
	int runNext(Instant upTo, Consumer<Instant> atDueTime) {
		Instant at = this.transaction.execute((status) -> this.queue.earliestDue(upTo));
		if (at == null) {
			return NONE_DUE;
		}
		atDueTime.accept(at);
		if (this.helper == null) {
			return drain(at, 0, 1);
		}
		// the steps due at the same time are shared out between the workers; the next
		// time's start once all of these have run, so time order holds
		Future<Integer> theirs = this.helper.submit(() -> drain(at, 1, 2));
		int mine = drain(at, 0, 2);
		try {
			return mine + theirs.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while steps ran", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	/**
	 * Runs the share of the steps due at {@code at}, a batch at a time, until none is
	 * left.
	 */
	private int drain(Instant at, int share, int shares) {
		int total = 0;
		for (int ran = runShare(at, share, shares); ran > 0; ran = runShare(at, share, shares)) {
			total += ran;
		}
		return total;
	}

	/**
	 * Runs a batch of the share in one transaction, or each of its steps alone when that
	 * fails.
	 * @return how many were taken
	 */
	private int runShare(Instant at, int share, int shares) {
		List<DueStep> taken = new ArrayList<>();
		try {
			this.transaction.executeWithoutResult((status) -> {
				taken.addAll(this.queue.claimShare(at, share, shares, this.batchSize));
				runAll(taken, true);
			});
			return taken.size();
		}
		catch (RuntimeException ex) {
			if (taken.isEmpty()) {
				throw ex;
			}
			logger.debug("A batch of {} steps failed ({}); running them one at a time", taken.size(), ex.toString());
			taken.forEach(this::runAlone);
			return taken.size();
		}
	}

	/**
	 * The same inside the caller's transaction, whose failure a failing step then is.
	 */
	int runNextWithin(Instant upTo, Consumer<Instant> atDueTime) {
		List<DueStep> taken = new ArrayList<>();
		runBatch(upTo, atDueTime, taken, false);
		return taken.size();
	}

	/** How many steps of each kind were given up since the last reset. */
	Map<String, Long> failures() {
		Map<String, Long> counts = new TreeMap<>();
		this.failures.forEach((kind, count) -> counts.put(kind, count.sum()));
		return counts;
	}

	void clearFailures() {
		this.failures.clear();
	}

	private void runBatch(Instant upTo, Consumer<Instant> atDueTime, List<DueStep> taken, boolean clearBetween) {
		List<DueStep> claimed = this.queue.claim(upTo, this.batchSize);
		if (claimed.isEmpty()) {
			return;
		}
		Instant at = claimed.get(0).dueAt();
		for (DueStep step : claimed) {
			if (!step.dueAt().equals(at)) {
				break;
			}
			taken.add(step);
		}
		atDueTime.accept(at);
		runAll(taken, clearBetween);
	}

	/**
	 * Takes the steps out of the queue and runs them, in the caller's transaction: each
	 * run of steps of one kind due at one time together, through the handler's
	 * {@link StepHandler#runAll}, unless an interceptor is active (which sees every step
	 * on its own).
	 */
	private void runAll(List<DueStep> taken, boolean clearBetween) {
		if (taken.isEmpty()) {
			return;
		}
		this.queue.remove(taken);
		List<StepInterceptor> active = activeInterceptors();
		if (!active.isEmpty()) {
			for (int i = 0; i < taken.size(); i++) {
				execute(taken.get(i), active);
				if ((i + 1) % FLUSH_EVERY == 0) {
					tidy(clearBetween);
				}
			}
			return;
		}
		int from = 0;
		while (from < taken.size()) {
			DueStep first = taken.get(from);
			int to = from + 1;
			while (to < taken.size() && taken.get(to).kind().equals(first.kind())
					&& taken.get(to).dueAt().equals(first.dueAt())) {
				to++;
			}
			executeAll(taken.subList(from, to));
			tidy(clearBetween);
			from = to;
		}
	}

	/** Keeps the persistence context small: every query flushes what it holds. */
	private void tidy(boolean clear) {
		this.entityManager.flush();
		if (clear) {
			this.entityManager.clear();
		}
	}

	/** Runs steps of one kind, all due at one time, through the handler at once. */
	private void executeAll(List<DueStep> steps) {
		DueStep first = steps.get(0);
		StepHandler handler = this.handlers.get(first.kind());
		if (handler == null) {
			steps.forEach((step) -> execute(step, List.of()));
			return;
		}
		List<String> targets = steps.stream().map(DueStep::target).toList();
		asStep(first, () -> handler.runAll(targets, first.dueAt()));
	}

	private void runAlone(DueStep step) {
		RuntimeException error = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				this.transaction.executeWithoutResult((status) -> {
					if (this.queue.remove(step)) {
						execute(step, activeInterceptors());
					}
				});
				return;
			}
			catch (RuntimeException ex) {
				error = ex;
				logger.debug("Step {} for {} failed on attempt {}: {}", step.kind(), step.target(), attempt,
						ex.toString());
			}
		}
		giveUp(step, error);
	}

	private void giveUp(DueStep step, RuntimeException error) {
		this.failures.computeIfAbsent(step.kind(), (kind) -> new LongAdder()).increment();
		logger.error("Step {} for {} due at {} failed {} times and is given up", step.kind(), step.target(),
				step.dueAt(), ATTEMPTS, error);
		this.journal.failure(
				new StepFailure(step.account(), step.kind(), step.target(), step.dueAt(), ATTEMPTS, describe(error)));
		StepHandler handler = this.handlers.get(step.kind());
		try {
			this.transaction.executeWithoutResult((status) -> {
				boolean[] ended = new boolean[1];
				asStep(step, () -> ended[0] = handler.failed(step.target(), step.dueAt(), error));
				if (ended[0]) {
					this.queue.remove(step);
				}
				else {
					this.queue.park(step);
				}
			});
		}
		catch (RuntimeException ex) {
			logger.error("Ending {} after its {} step was given up failed too; the step waits untimed", step.target(),
					step.kind(), ex);
			this.transaction.executeWithoutResult((status) -> this.queue.park(step));
		}
	}

	private List<StepInterceptor> activeInterceptors() {
		return this.interceptors.stream().filter(StepInterceptor::active).toList();
	}

	private void execute(DueStep step, List<StepInterceptor> active) {
		StepHandler handler = this.handlers.get(step.kind());
		if (handler == null) {
			logger.warn("No handler runs steps of kind {}; the step for {} is dropped", step.kind(), step.target());
			return;
		}
		asStep(step, () -> {
			for (StepInterceptor interceptor : active) {
				if (interceptor.intercept(step.kind(), step.target(), step.dueAt())) {
					return;
				}
			}
			handler.run(step.target(), step.dueAt());
		});
	}

	/** Runs the work as the step: the clock at its due time, the cause the clock. */
	private void asStep(DueStep step, Runnable work) {
		try (EmulatorClock.Pin pin = this.clock.pin(step.dueAt())) {
			Cause previous = Cause.set(Cause.CLOCK);
			try {
				work.run();
			}
			finally {
				Cause.restore(previous);
			}
		}
	}

	/** The root cause's type and message, short enough for the journal. */
	private static String describe(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
