package dev.domainemu.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

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

}
