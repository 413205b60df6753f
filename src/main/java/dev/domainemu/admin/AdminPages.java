package dev.domainemu.admin;

import java.util.List;
import java.util.function.Function;

import dev.domainemu.paging.Window;

import org.springframework.data.domain.Slice;
import org.springframework.http.ResponseEntity;

/**
 * The paging of every list the control plane shows: {@code ?page=} (from 1, the first by
 * default) and {@code ?limit=} (1 to 1000, 100 by default); the body is the page's items
 * as a JSON array, and {@code X-Next-Page} names the next page while there is one.
 */
final class AdminPages {

	static final String NEXT_PAGE = "X-Next-Page";

	private AdminPages() {
	}

	static Window window(Integer page, Integer limit) {
		try {
			return new Window((page != null) ? page : 1, (limit != null) ? limit : Window.DEFAULT_LIMIT);
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage();
			throw AdminException.badField(message.substring(0, message.indexOf(':')),
					message.substring(message.indexOf(':') + 2));
		}
	}

	static <T, R> ResponseEntity<List<R>> reply(Window window, Slice<T> slice, Function<T, R> view) {
		ResponseEntity.BodyBuilder reply = ResponseEntity.ok();
		if (slice.hasNext()) {
			reply.header(NEXT_PAGE, String.valueOf(window.page() + 1));
		}
		return reply.body(slice.getContent().stream().map(view).toList());
	}

	static <T> ResponseEntity<List<T>> reply(Window window, Slice<T> slice) {
		return reply(window, slice, Function.identity());
	}

}
