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

import dev.domainemu.journal.Journal;
import dev.domainemu.journal.StepFailure;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due steps: the next ones due at the same time together, in one transaction that
 * also takes them out of the queue (so each takes effect exactly once), through the
 * {@link StepExecutor}. When that transaction fails (a step threw, or lost a race for a
 * row), its steps run again one at a time, each tried twice; a step that fails both times
 * is given up: counted, journaled, logged with its stack trace, and its handler either
 * ends its target in a documented failure (the step is then forgotten) or leaves it where
 * it was (the step then waits untimed, to be run again through the control plane).
 */
@Component
class StepRunner {

	private static final Logger logger = LoggerFactory.getLogger(StepRunner.class);

	/** What {@link #runNext} answers when no step is due. */
	static final int NONE_DUE = -1;

	/** How many times a step is tried on its own before it is given up. */
	static final int ATTEMPTS = 2;

	private final StepQueue queue;

	private final Journal journal;

	private final StepExecutor executor;

	private final TransactionTemplate transaction;

	private final int batchSize;

	/** How many steps of each kind were given up, per account. */
	private final Map<String, Map<String, LongAdder>> failures = new ConcurrentHashMap<>();

	/** The second worker's thread, when steps due at once are run by two. */
	private final ExecutorService helper;

	StepRunner(StepQueue queue, StepExecutor executor, Journal journal, PlatformTransactionManager transactionManager,
			StepEngineProperties properties) {
		this.helper = (properties.workers() > 1) ? Executors.newSingleThreadExecutor((work) -> {
			Thread thread = new Thread(work, "step-worker");
			thread.setDaemon(true);
			return thread;
		}) : null;
		this.queue = queue;
		this.executor = executor;
		this.journal = journal;
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
		this.executor.use(handlers, interceptors);
	}

	/**
	 * Runs the account's steps due at {@code upTo} or before that share the earliest due
	 * time (at most a batch of them), after handing that time to {@code atDueTime}.
	 * @return how many were taken: {@link #NONE_DUE} when none is due, 0 when those due
	 * are all being run by another emulator on the database
	 */
	int runNext(String account, Instant upTo, Consumer<Instant> atDueTime) {
		Instant at = this.transaction.execute((status) -> this.queue.earliestDue(account, upTo));
		if (at == null) {
			return NONE_DUE;
		}
		atDueTime.accept(at);
		if (this.helper == null) {
			return drain(account, at, 0, 1);
		}
		// the steps due at the same time are shared out between the workers; the next
		// time's start once all of these have run, so time order holds
		Future<Integer> theirs = this.helper.submit(() -> drain(account, at, 1, 2));
		int mine = drain(account, at, 0, 2);
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
	private int drain(String account, Instant at, int share, int shares) {
		int total = 0;
		for (int ran = runShare(account, at, share, shares); ran > 0; ran = runShare(account, at, share, shares)) {
			total += ran;
		}
		return total;
	}

	/**
	 * Runs a batch of the share in one transaction, or each of its steps alone when that
	 * fails.
	 * @return how many were taken
	 */
	private int runShare(String account, Instant at, int share, int shares) {
		List<DueStep> taken = new ArrayList<>();
		try {
			this.transaction.executeWithoutResult((status) -> {
				taken.addAll(this.queue.claimShare(account, at, share, shares, this.batchSize));
				this.executor.runAll(taken, true);
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
	int runNextWithin(String account, Instant upTo, Consumer<Instant> atDueTime) {
		List<DueStep> taken = new ArrayList<>();
		runBatch(account, upTo, atDueTime, taken, false);
		return taken.size();
	}

	/**
	 * How many of the account's steps of each kind were given up since its last reset.
	 */
	Map<String, Long> failures(String account) {
		Map<String, Long> counts = new TreeMap<>();
		this.failures.getOrDefault(account, Map.of()).forEach((kind, count) -> counts.put(kind, count.sum()));
		return counts;
	}

	void clearFailures(String account) {
		this.failures.remove(account);
	}

	void clearAllFailures() {
		this.failures.clear();
	}

	private void runBatch(String account, Instant upTo, Consumer<Instant> atDueTime, List<DueStep> taken,
			boolean clearBetween) {
		List<DueStep> claimed = this.queue.claim(account, upTo, this.batchSize);
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
		this.executor.runAll(taken, clearBetween);
	}

	private void runAlone(DueStep step) {
		RuntimeException error = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				this.transaction.executeWithoutResult((status) -> {
					if (this.queue.remove(step)) {
						this.executor.execute(step);
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
		this.failures.computeIfAbsent(step.account(), (account) -> new ConcurrentHashMap<>())
			.computeIfAbsent(step.kind(), (kind) -> new LongAdder())
			.increment();
		logger.error("Step {} for {} due at {} failed {} times and is given up", step.kind(), step.target(),
				step.dueAt(), ATTEMPTS, error);
		this.journal.failure(
				new StepFailure(step.account(), step.kind(), step.target(), step.dueAt(), ATTEMPTS, describe(error)));
		StepHandler handler = this.executor.handler(step.kind());
		try {
			this.transaction.executeWithoutResult((status) -> {
				boolean[] ended = new boolean[1];
				this.executor.asStep(step, () -> ended[0] = handler.failed(step.target(), step.dueAt(), error));
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
