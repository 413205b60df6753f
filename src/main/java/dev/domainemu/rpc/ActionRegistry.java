package dev.domainemu.rpc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Every {@link ActionHandler} bean by action name, built once at startup; two handlers
 * for one name stop the start.
 */
@Component
public class ActionRegistry {

	private final Map<String, ActionHandler> handlers;

	ActionRegistry(List<ActionHandler> handlers) {
		Map<String, ActionHandler> byName = new TreeMap<>();
		for (ActionHandler handler : handlers) {
			ActionHandler previous = byName.putIfAbsent(handler.action(), handler);
			if (previous != null) {
				throw new IllegalStateException("Two handlers for action " + handler.action() + ": "
						+ previous.getClass().getName() + " and " + handler.getClass().getName());
			}
		}
		this.handlers = Map.copyOf(byName);
	}

	ActionHandler find(String action) {
		return this.handlers.get(action);
	}

	/** The names of the implemented actions, sorted. */
	public SortedSet<String> actions() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.handlers.keySet()));
	}

}
