package dev.domainemu.progression;

import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * Runs the steps of one kind when they fall due. It runs inside the transaction that also
 * removes the step, so a step takes effect exactly once.
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
