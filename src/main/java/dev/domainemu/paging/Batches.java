package dev.domainemu.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Splits a long list of keys into batches small enough for one {@code in (…)} clause on
 * every database.
 */
public final class Batches {

	public static final int SIZE = 500;

	private Batches() {
	}

	/** Hands the keys to {@code action} a batch at a time, in their order. */
	public static <T> void forEach(Collection<T> keys, Consumer<List<T>> action) {
		List<T> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += SIZE) {
			action.accept(all.subList(from, Math.min(all.size(), from + SIZE)));
		}
	}

	/**
	 * Loads what the keys name, a batch of keys at a time, and answers it by what
	 * {@code keyOf} reads off each (its key, or another unique value); what no key names
	 * is missing from the map.
	 */
	public static <K, E, N> Map<N, E> byKey(Collection<K> keys, Function<List<K>, ? extends Collection<E>> load,
			Function<E, N> keyOf) {
		Map<N, E> found = new HashMap<>();
		forEach(keys, (batch) -> load.apply(batch).forEach((item) -> found.put(keyOf.apply(item), item)));
		return found;
	}

}
