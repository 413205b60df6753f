package dev.domainemu.progression;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs the steps of one kind when they fall due. It runs inside the transaction that also
 * removes the step, so a step takes effect exactly once; with others due at the same time
 * in one transaction, so it must not keep entities from one step to the next.
 */
public interface StepHandler {

	/**
	 * The kind of step this handler runs; also the name of its setting under
	 * {@code emulator.progression}.
	 */
	String kind();

	/** How the step is timed unless configured otherwise. */
	StepSetting defaultSetting();

	/** Moves {@code target} as of {@code dueAt}, which the clock reads while it runs. */
	void run(String target, Instant dueAt);

	/**
	 * Moves every target, all due at {@code dueAt}, as {@link #run} would one after
	 * another, in their order: what a handler overrides to read and write many targets in
	 * a few statements. When it throws, each target is run again on its own.
	 */
	default void runAll(List<String> targets, Instant dueAt) {
		targets.forEach((target) -> run(target, dueAt));
	}

	/**
	 * What becomes of {@code target} once the step has failed every attempt. A handler
	 * that ends it in a documented failure (so that nothing waits for it) answers
	 * {@code true}, and the step is forgotten; by default the target is left where it was
	 * and the step waits, untimed, to be run again through the control plane once what
	 * failed is mended. Runs in a transaction of its own, the clock reading
	 * {@code dueAt}.
	 */
	default boolean failed(String target, Instant dueAt, RuntimeException error) {
		return false;
	}

	/** A handler made of its kind, its default timing and what it does. */
	static StepHandler of(String kind, StepSetting defaultSetting, BiConsumer<String, Instant> run) {
		return new StepHandler() {

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public StepSetting defaultSetting() {
				return defaultSetting;
			}

			@Override
			public void run(String target, Instant dueAt) {
				run.accept(target, dueAt);
			}

		};
	}

}
