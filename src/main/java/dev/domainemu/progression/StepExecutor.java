package dev.domainemu.progression;

import java.util.List;
import java.util.Map;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.journal.Cause;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs claimed steps through their handlers, in the caller's transaction: each with the
 * clock pinned to its due time and the cause {@code clock}; steps of one kind due at one
 * time together, unless an interceptor is active (which sees every step on its own).
 */
@Component
class StepExecutor {

	private static final Logger logger = LoggerFactory.getLogger(StepExecutor.class);

	private static final int FLUSH_EVERY = 20;

	private final StepQueue queue;

	private final EmulatorClock clock;

	private final EntityManager entityManager;

	private Map<String, StepHandler> handlers = Map.of();

	private List<StepInterceptor> interceptors = List.of();

	StepExecutor(StepQueue queue, EmulatorClock clock, EntityManager entityManager) {
		this.queue = queue;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	void use(Map<String, StepHandler> handlers, List<StepInterceptor> interceptors) {
		this.handlers = Map.copyOf(handlers);
		this.interceptors = List.copyOf(interceptors);
	}

	StepHandler handler(String kind) {
		return this.handlers.get(kind);
	}

	/**
	 * Takes the steps out of the queue and runs them: each run of steps of one kind due
	 * at one time together, through the handler's {@link StepHandler#runAll}, unless an
	 * interceptor is active.
	 */
	void runAll(List<DueStep> taken, boolean clearBetween) {
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

	/** Runs one step on its own, through the active interceptors first. */
	void execute(DueStep step) {
		execute(step, activeInterceptors());
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

	/**
	 * Runs the work as the step: its account's clock at its due time, the cause the
	 * clock.
	 */
	void asStep(DueStep step, Runnable work) {
		try (EmulatorClock.Pin pin = this.clock.pin(step.account(), step.dueAt())) {
			Cause previous = Cause.set(Cause.CLOCK);
			try {
				work.run();
			}
			finally {
				Cause.restore(previous);
			}
		}
	}

}
