package dev.domainemu.rpc;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.data.domain.Page;

/**
 * The reply shape of every page-number action: the paging fields and {@code Data}, which
 * wraps the item list under its item name ({@code "Data":{"TaskDetail":[…]}}).
 * {@code TotalPageNum} is {@code ceil(TotalItemNum / PageSize)}, {@code PrePage} is
 * {@code PageNum > 1} and {@code NextPage} is {@code PageNum < TotalPageNum}.
 *
 * @param <D> the {@code Data} wrapper record
 */
@JsonPropertyOrder({ "CurrentPageNum", "PageSize", "TotalItemNum", "TotalPageNum", "PrePage", "NextPage", "Data" })
public record PageReply<D>(@JsonProperty("CurrentPageNum") int currentPageNum, @JsonProperty("PageSize") int pageSize,
		@JsonProperty("TotalItemNum") int totalItemNum, @JsonProperty("TotalPageNum") int totalPageNum,
		@JsonProperty("PrePage") boolean prePage, @JsonProperty("NextPage") boolean nextPage,
		@JsonProperty("Data") D data) {

	/**
	 * The reply for one page of items.
	 * @param page the page, numbered from 0 as Spring Data does
	 * @param wrap makes the {@code Data} wrapper from the page's items
	 */
	public static <T, D> PageReply<D> of(Page<T> page, Function<List<T>, D> wrap) {
		int pageNum = page.getNumber() + 1;
		int totalPages = page.getTotalPages();
		return new PageReply<>(pageNum, page.getSize(), (int) page.getTotalElements(), totalPages, pageNum > 1,
				pageNum < totalPages, wrap.apply(page.getContent()));
	}

}
