package dev.domainemu.task.action;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.rpc.NoFields;
import dev.domainemu.task.CursorPage;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The replies of the two cursor-paged actions. {@code Objects} is a bare JSON array (the
 * SDKs read it so), and in XML a wrapper with one element per item; a cursor with nothing
 * to point at is an empty object.
 */
final class CursorReply {

	private CursorReply() {
	}

	/**
	 * The reply for one page.
	 * @param reply the reply record's constructor ({@link TaskInfoHistory} or
	 * {@link TaskDetailHistory}, which differ only in the XML item name)
	 */
	static <T, W, R> R of(Shape<R> reply, int pageSize, CursorPage<T> page, Function<T, W> wire) {
		return reply.make(pageSize, cursor(page.current(), wire), cursor(page.next(), wire),
				cursor(page.previous(), wire), page.items().stream().map(wire).map(Object.class::cast).toList());
	}

	private static <T, W> Object cursor(T item, Function<T, W> wire) {
		return (item != null) ? wire.apply(item) : NoFields.INSTANCE;
	}

	/** Makes a reply record from its fields. */
	interface Shape<R> {

		R make(int pageSize, Object currentPageCursor, Object nextPageCursor, Object prePageCursor,
				List<Object> objects);

	}

	@JsonPropertyOrder({ "PageSize", "CurrentPageCursor", "NextPageCursor", "PrePageCursor", "Objects" })
	record TaskInfoHistory(@JsonProperty("PageSize") int pageSize,
			@JsonProperty("CurrentPageCursor") Object currentPageCursor,
			@JsonProperty("NextPageCursor") Object nextPageCursor, @JsonProperty("PrePageCursor") Object prePageCursor,
			@JsonProperty("Objects") @JacksonXmlElementWrapper(localName = "Objects") @JacksonXmlProperty(
					localName = "TaskInfoHistory") List<Object> objects) {
	}

	@JsonPropertyOrder({ "PageSize", "CurrentPageCursor", "NextPageCursor", "PrePageCursor", "Objects" })
	record TaskDetailHistory(@JsonProperty("PageSize") int pageSize,
			@JsonProperty("CurrentPageCursor") Object currentPageCursor,
			@JsonProperty("NextPageCursor") Object nextPageCursor, @JsonProperty("PrePageCursor") Object prePageCursor,
			@JsonProperty("Objects") @JacksonXmlElementWrapper(localName = "Objects") @JacksonXmlProperty(
					localName = "TaskDetailHistory") List<Object> objects) {
	}

}
