package dev.domainemu.progression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kinds of step with their handlers and each account's settings: read from
 * {@code emulator.progression.<kind>.policy} and {@code .duration} when the handlers are
 * collected, changeable per account at runtime, and put back as configured on the
 * account's reset.
 */
final class StepSettings {

	private final Map<String, StepHandler> handlers = new LinkedHashMap<>();

	/** The settings an account changed, by account and kind. */
	private final Map<String, Map<String, StepSetting>> changed = new ConcurrentHashMap<>();

	/**
	 * Counts this emulator's own changes, so that settings read from the database before
	 * one are not taken up over it.
	 */
	private final AtomicLong changes = new AtomicLong();

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
			this.configured.put(kind, setting);
		});
		return this.handlers;
	}

	/**
	 * Whether a configuration key names a kind, in any of the relaxed forms (environment
	 * variables lose the dashes).
	 */
	private static boolean sameName(String kind, String key) {
		return kind.replace("-", "").equalsIgnoreCase(key.replace("-", "").replace("_", ""));
	}

	/** Every kind with the account's current setting, in a stable order. */
	Map<String, StepSetting> all(String account) {
		Map<String, StepSetting> all = new LinkedHashMap<>();
		this.handlers.keySet().forEach((kind) -> all.put(kind, get(account, kind)));
		return all;
	}

	/** The account's current setting of a kind. */
	StepSetting get(String account, String kind) {
		StepSetting setting = this.changed.getOrDefault(account, Map.of()).get(kind);
		if (setting == null) {
			setting = this.configured.get(kind);
		}
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

	void put(String account, String kind, StepSetting setting) {
		this.changes.incrementAndGet();
		this.changed.computeIfAbsent(account, (key) -> new ConcurrentHashMap<>()).put(kind, setting);
	}

	/** Puts the account's settings back as configured. */
	void restore(String account) {
		this.changes.incrementAndGet();
		this.changed.remove(account);
	}

	/** Puts every account's settings back as configured. */
	void restoreAll() {
		this.changes.incrementAndGet();
		this.changed.clear();
	}

	/** A mark to give {@link #takeUp} for settings read after it. */
	long mark() {
		return this.changes.get();
	}

	/**
	 * Takes up the settings stored for the account (as another emulator on the database
	 * may have changed them), unless this one changed any since the mark.
	 */
	synchronized void takeUp(String account, Map<String, StepSetting> stored, long mark) {
		if (this.changes.get() != mark) {
			return;
		}
		if (stored.isEmpty()) {
			this.changed.remove(account);
		}
		else {
			this.changed.put(account, new ConcurrentHashMap<>(stored));
		}
	}

	/** The same for every account at once. */
	synchronized void takeUpAll(Map<String, Map<String, StepSetting>> stored, long mark) {
		if (this.changes.get() != mark) {
			return;
		}
		this.changed.keySet().retainAll(stored.keySet());
		stored.forEach((account, settings) -> this.changed.put(account, new ConcurrentHashMap<>(settings)));
	}

}
