package dev.domainemu.progression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kinds of step with their handlers and their current settings: read from
 * {@code emulator.progression.<kind>.policy} and {@code .duration} when the handlers are
 * collected, changeable at runtime, and put back as configured on a reset.
 */
final class StepSettings {

	private final Map<String, StepHandler> handlers = new LinkedHashMap<>();

	private final Map<String, StepSetting> current = new ConcurrentHashMap<>();

	private final Map<String, StepSetting> configured = new LinkedHashMap<>();

	private final ProgressionProperties properties;

	StepSettings(ProgressionProperties properties) {
		this.properties = properties;
	}

	/**
	 * Takes the step handlers and their settings from the configuration, refusing two
	 * handlers of one kind and settings for kinds that do not exist.
	 * @return the handlers by kind
	 */
	Map<String, StepHandler> collect(List<StepHandler> all) {
		all.forEach((handler) -> {
			if (this.handlers.putIfAbsent(handler.kind(), handler) != null) {
				throw new IllegalStateException("Two step handlers for kind " + handler.kind());
			}
		});
		Map<String, ProgressionProperties.Configured> given = this.properties.progression();
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
			this.current.put(kind, setting);
		});
		this.configured.putAll(this.current);
		return this.handlers;
	}

	/**
	 * Whether a configuration key names a kind, in any of the relaxed forms (environment
	 * variables lose the dashes).
	 */
	private static boolean sameName(String kind, String key) {
		return kind.replace("-", "").equalsIgnoreCase(key.replace("-", "").replace("_", ""));
	}

	/** Every kind with its current setting, in a stable order. */
	Map<String, StepSetting> all() {
		Map<String, StepSetting> all = new LinkedHashMap<>();
		this.handlers.keySet().forEach((kind) -> all.put(kind, this.current.get(kind)));
		return all;
	}

	/** The current setting of a kind. */
	StepSetting get(String kind) {
		StepSetting setting = this.current.get(kind);
		if (setting == null) {
			throw new IllegalArgumentException("No step handler for kind " + kind);
		}
		return setting;
	}

	boolean has(String kind) {
		return this.handlers.containsKey(kind);
	}

	/** Every kind, in a stable order. */
	Iterable<String> kinds() {
		return this.handlers.keySet();
	}

	void put(String kind, StepSetting setting) {
		this.current.put(kind, setting);
	}

	/** Puts every setting back as configured. */
	void restore() {
		this.current.putAll(this.configured);
	}

}
