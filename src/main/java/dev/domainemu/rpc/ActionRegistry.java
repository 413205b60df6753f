package dev.domainemu.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Every {@link ActionHandler} bean by action name, built once at startup; two handlers
 * for one name stop the start. It also knows every action of the real Domain API (from
 * {@code domain-api-actions.txt}), so that one not implemented yet can be told apart from
 * a name that does not exist.
 */
@Component
public class ActionRegistry {

	private static final String API_ACTIONS = "domain-api-actions.txt";

	private final Map<String, ActionHandler> handlers;

	private final SortedSet<String> apiActions;

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
		this.apiActions = Collections.unmodifiableSortedSet(readApiActions());
		for (String implemented : this.handlers.keySet()) {
			if (!this.apiActions.contains(implemented)) {
				throw new IllegalStateException("Action " + implemented + " is not in " + API_ACTIONS);
			}
		}
	}

	/**
	 * The names every {@code domain-api-actions.txt} on the classpath lists: the
	 * application's own, and any other beside it (the tests add one with an action that
	 * no handler will ever implement).
	 */
	private static SortedSet<String> readApiActions() {
		SortedSet<String> names = new TreeSet<>();
		try {
			Enumeration<URL> lists = ActionRegistry.class.getClassLoader().getResources(API_ACTIONS);
			while (lists.hasMoreElements()) {
				try (InputStream in = lists.nextElement().openStream()) {
					for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
						String name = line.strip();
						if (!name.isEmpty() && !name.startsWith("#")) {
							names.add(name);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + API_ACTIONS, ex);
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("No " + API_ACTIONS + " on the classpath");
		}
		return names;
	}

	/** Whether the real Domain API has an action of this name. */
	boolean isApiAction(String action) {
		return this.apiActions.contains(action);
	}

	/** The Domain API's actions that have no handler here, sorted. */
	public SortedSet<String> notImplemented() {
		SortedSet<String> missing = new TreeSet<>(this.apiActions);
		missing.removeAll(this.handlers.keySet());
		return Collections.unmodifiableSortedSet(missing);
	}

	ActionHandler find(String action) {
		return this.handlers.get(action);
	}

	/** The names of the implemented actions, sorted. */
	public SortedSet<String> actions() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.handlers.keySet()));
	}

}
