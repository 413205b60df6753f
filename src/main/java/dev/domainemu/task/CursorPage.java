package dev.domainemu.task;

import java.util.List;

/**
 * One page of a cursor-paged list: its items, and the first item of this page, of the
 * next page and of the previous page ({@code null} where there is none).
 */
public record CursorPage<T>(List<T> items, T current, T next, T previous) {

	/** A page with nothing on it. */
	public static <T> CursorPage<T> empty() {
		return new CursorPage<>(List.of(), null, null, null);
	}

}
