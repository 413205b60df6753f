package dev.domainemu.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One page of a list the control plane shows: which page (from 1) and at most how many
 * items. Lists are read a page at a time, never whole.
 */
public record Window(int page, int limit) {

	public static final int DEFAULT_LIMIT = 100;

	public static final int MAX_LIMIT = 1000;

	public Window {
		if (page < 1) {
			throw new IllegalArgumentException("page: must be 1 or more");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit: must be from 1 to " + MAX_LIMIT);
		}
	}

	/** The page in this order, read as a slice (one item more, no count). */
	public Pageable pageable(Sort sort) {
		return PageRequest.of(this.page - 1, this.limit, sort);
	}

}
