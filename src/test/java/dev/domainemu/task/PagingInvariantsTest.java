package dev.domainemu.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list over tasks, with 0, 1, a page, a page and one, and 1,000 items: the paging
 * fields are right on every page, and walking the pages (by number, or by following
 * {@code NextPageCursor}) visits every item exactly once, in order.
 */
class PagingInvariantsTest extends EmulatorTest {

	private static final int PAGE_SIZE = 10;

	@ParameterizedTest(name = "{0} tasks")
	@ValueSource(ints = { 0, 1, PAGE_SIZE, PAGE_SIZE + 1, 95 })
	void taskListsVisitEveryTaskOnceNewestFirst(int count) {
		List<String> submitted = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			submitted.add(lockTask(List.of("t" + i + ".com")));
			if (i % 37 == 36) {
				advanceSeconds(1);
			}
		}
		List<String> newestFirst = new ArrayList<>(submitted);
		Collections.reverse(newestFirst);
		assertThat(walkPages(Map.of("Action", "QueryTaskList"), "TaskInfo", "TaskNo", count)).isEqualTo(newestFirst);
		assertThat(walkCursors(Map.of("Action", "QueryTaskInfoHistory"), "TaskNo",
				Map.of("TaskNoCursor", "TaskNo", "CreateTimeCursor", "CreateTimeLong"), count))
			.isEqualTo(newestFirst);
	}

	@ParameterizedTest(name = "{0} details")
	@ValueSource(ints = { 0, 1, PAGE_SIZE, PAGE_SIZE + 1, 95 })
	void detailListsVisitEveryDetailOnceInSubmissionOrder(int count) {
		List<String> domains = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			domains.add("d" + (count - i) + ".com");
		}
		String taskNo = (count > 0) ? lockTask(domains) : "00000000-0000-4000-8000-000000000000";
		advanceSeconds(5);
		assertThat(
				walkPages(Map.of("Action", "QueryTaskDetailList", "TaskNo", taskNo), "TaskDetail", "DomainName", count))
			.isEqualTo(domains);
		assertThat(walkPages(Map.of("Action", "PollTaskResult", "TaskNo", taskNo), "TaskDetail", "DomainName", count))
			.isEqualTo(domains);
		assertThat(walkCursors(Map.of("Action", "QueryTaskDetailHistory", "TaskNo", taskNo), "DomainName",
				Map.of("DomainNameCursor", "DomainName", "TaskDetailNoCursor", "TaskDetailNo"), count))
			.isEqualTo(domains);
	}

	/**
	 * A lock task over domains the account does not hold: each detail fails, which is
	 * fine here.
	 */
	private String lockTask(List<String> domainNames) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("Action", "SaveBatchTaskForTransferProhibitionLock");
		parameters.put("Status", "true");
		for (int i = 0; i < domainNames.size(); i++) {
			parameters.put("DomainName." + (i + 1), domainNames.get(i));
		}
		return post(parameters).ok().path("TaskNo").asString();
	}

	private List<String> walkPages(Map<String, String> query, String item, String field, int count) {
		int totalPages = (count + PAGE_SIZE - 1) / PAGE_SIZE;
		List<String> seen = new ArrayList<>();
		for (int pageNum = 1; pageNum <= totalPages + 1; pageNum++) {
			Map<String, Object> parameters = new LinkedHashMap<>(query);
			parameters.put("PageNum", pageNum);
			parameters.put("PageSize", PAGE_SIZE);
			JsonNode page = post(parameters).ok();
			assertThat(page.path("CurrentPageNum").asInt()).isEqualTo(pageNum);
			assertThat(page.path("PageSize").asInt()).isEqualTo(PAGE_SIZE);
			assertThat(page.path("TotalItemNum").asInt()).isEqualTo(count);
			assertThat(page.path("TotalPageNum").asInt()).isEqualTo(totalPages);
			assertThat(page.path("PrePage").asBoolean()).isEqualTo(pageNum > 1);
			assertThat(page.path("NextPage").asBoolean()).isEqualTo(pageNum < totalPages);
			List<String> items = values(page.path("Data").path(item), field);
			int expected = (pageNum <= totalPages) ? Math.min(PAGE_SIZE, count - (pageNum - 1) * PAGE_SIZE) : 0;
			assertThat(items).hasSize(expected);
			seen.addAll(items);
		}
		return seen;
	}

	/**
	 * Follows {@code NextPageCursor} from the first page until it is empty.
	 * @param cursorParameters each cursor request parameter and the cursor field it is
	 * taken from
	 */
	private List<String> walkCursors(Map<String, String> query, String field, Map<String, String> cursorParameters,
			int count) {
		List<String> seen = new ArrayList<>();
		List<String> firsts = new ArrayList<>();
		JsonNode cursor = null;
		do {
			Map<String, Object> parameters = new LinkedHashMap<>(query);
			parameters.put("PageSize", PAGE_SIZE);
			if (cursor != null) {
				JsonNode from = cursor;
				cursorParameters
					.forEach((name, cursorField) -> parameters.put(name, from.path(cursorField).asString()));
			}
			JsonNode page = post(parameters).ok();
			assertThat(page.path("PageSize").asInt()).isEqualTo(PAGE_SIZE);
			assertThat(page.path("Objects").isArray()).isTrue();
			List<String> items = values(page.path("Objects"), field);
			checkCursors(page, items, field, firsts);
			seen.addAll(items);
			cursor = page.path("NextPageCursor");
		}
		while (!cursor.isEmpty() && seen.size() <= count);
		assertThat(firsts).hasSize(Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE));
		return seen;
	}

	/**
	 * CurrentPageCursor is this page's first item, PrePageCursor the previous page's
	 * first item ({@code {}} on the first page), and only a full page has a next one.
	 */
	private static void checkCursors(JsonNode page, List<String> items, String field, List<String> firsts) {
		assertThat(items.size()).isLessThanOrEqualTo(PAGE_SIZE);
		if (items.isEmpty()) {
			assertThat(page.path("CurrentPageCursor").isEmpty()).isTrue();
		}
		else {
			assertThat(page.path("CurrentPageCursor").path(field).asString()).isEqualTo(items.get(0));
		}
		if (firsts.isEmpty()) {
			assertThat(page.path("PrePageCursor").isEmpty()).isTrue();
		}
		else {
			assertThat(page.path("PrePageCursor").path(field).asString()).isEqualTo(firsts.get(firsts.size() - 1));
		}
		if (!page.path("NextPageCursor").isEmpty()) {
			assertThat(items).hasSize(PAGE_SIZE);
		}
		firsts.add(items.isEmpty() ? null : items.get(0));
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.values().forEach((item) -> values.add(item.path(field).asString()));
		return values;
	}

}
