package dev.domainemu.transferin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QueryTransferInList: paging invariants and the filters.
 */
class TransferInListTest extends EmulatorTest {

	@ParameterizedTest(name = "{0} items, page size {1}")
	@CsvSource({ "0,5", "1,5", "5,5", "6,5", "23,4" })
	void pagesVisitEveryItemOnceNewestFirst(int items, int pageSize) {
		List<String> seeded = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			seeded.add(0, seedTransferIn(Map.of("domainName", "d" + i + ".com")));
			advanceSeconds(1);
		}
		int expectedPages = (items + pageSize - 1) / pageSize;
		List<String> visited = new ArrayList<>();
		for (int pageNum = 1; pageNum <= Math.max(1, expectedPages) + 1; pageNum++) {
			JsonPath page = list(Map.of("PageNum", pageNum, "PageSize", pageSize));
			assertThat(page.getInt("CurrentPageNum")).isEqualTo(pageNum);
			assertThat(page.getInt("PageSize")).isEqualTo(pageSize);
			assertThat(page.getInt("TotalItemNum")).isEqualTo(items);
			assertThat(page.getInt("TotalPageNum")).isEqualTo(expectedPages);
			assertThat(page.getBoolean("PrePage")).isEqualTo(pageNum > 1);
			assertThat(page.getBoolean("NextPage")).isEqualTo(pageNum < expectedPages);
			List<String> ids = page.getList("Data.TransferInInfo.InstanceId");
			assertThat(ids).hasSizeLessThanOrEqualTo(pageSize);
			visited.addAll(ids);
		}
		assertThat(visited).isEqualTo(seeded);
	}

	@Test
	void filtersCombine() {
		seedTransferIn(Map.of("domainName", "alpha.com", "status", 11));
		advanceSeconds(10);
		seedTransferIn(Map.of("domainName", "alpine.com", "status", 59));
		advanceSeconds(10);
		seedTransferIn(Map.of("domainName", "beta_x.com", "status", 52));
		long t0 = T0.toEpochMilli();
		assertThat(names(Map.of("DomainName", "alp"))).containsExactly("alpine.com", "alpha.com");
		assertThat(names(Map.of("DomainName", "ALP", "SimpleTransferInStatus", "SUCCESS")))
			.containsExactly("alpine.com");
		assertThat(names(Map.of("SimpleTransferInStatus", "AUTHORIZATION"))).containsExactly("alpha.com");
		assertThat(names(Map.of("DomainName", "beta_"))).containsExactly("beta_x.com");
		assertThat(names(Map.of("DomainName", "bet%"))).isEmpty();
		assertThat(names(Map.of("SubmissionStartDate", t0 + 10_000))).containsExactly("beta_x.com", "alpine.com");
		assertThat(names(Map.of("SubmissionEndDate", t0 + 10_000))).containsExactly("alpine.com", "alpha.com");
		assertThat(names(Map.of("SubmissionStartDate", t0 + 5_000, "SubmissionEndDate", t0 + 15_000)))
			.containsExactly("alpine.com");
		Set<String> all = new HashSet<>(names(Map.of()));
		assertThat(all).containsExactlyInAnyOrder("alpha.com", "alpine.com", "beta_x.com");
	}

	private List<String> names(Map<String, Object> filters) {
		Map<String, Object> parameters = new HashMap<>(filters);
		parameters.put("PageNum", 1);
		parameters.put("PageSize", 100);
		return list(parameters).getList("Data.TransferInInfo.DomainName");
	}

	private JsonPath list(Map<String, Object> parameters) {
		return rpc().queryParam("Action", "QueryTransferInList")
			.queryParam("Format", "JSON")
			.queryParams(parameters)
			.post("/")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
	}

}
