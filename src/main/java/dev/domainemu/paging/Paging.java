package dev.domainemu.paging;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Page-number paging as the API numbers pages (from 1). A page so far out that its offset
 * does not fit a database offset is empty, with the true total, instead of an error.
 */
public final class Paging {

	private Paging() {
	}

	/**
	 * A page of a list whose total is known (kept, not counted): its items are read
	 * without a count, and none is read for a page past the end.
	 */
	public static <T> Page<T> page(int pageNum, int pageSize, Sort sort, long total,
			Function<Pageable, List<T>> items) {
		PageRequest request = PageRequest.of(pageNum - 1, pageSize, sort);
		if (request.getOffset() > Integer.MAX_VALUE || request.getOffset() >= total) {
			return new PageImpl<>(List.of(), request, total);
		}
		return new PageImpl<>(items.apply(request), request, total);
	}

	public static <T> Page<T> page(int pageNum, int pageSize, Sort sort, Function<Pageable, Page<T>> query) {
		PageRequest request = PageRequest.of(pageNum - 1, pageSize, sort);
		if (request.getOffset() > Integer.MAX_VALUE) {
			return new PageImpl<>(List.of(), request, query.apply(PageRequest.of(0, 1, sort)).getTotalElements());
		}
		return query.apply(request);
	}

}
