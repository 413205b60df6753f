package dev.domainemu.admin;

import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every list of the control plane is read a page at a time: {@code limit} items from
 * {@code page}, {@code X-Next-Page} naming the next while there is one, and a bad
 * {@code page} or {@code limit} refused naming the field.
 */
class AdminPagingTest extends EmulatorTest {

	private static final List<String> LISTS = List.of("/_emulator/domains", "/_emulator/transfer-ins",
			"/_emulator/tasks", "/_emulator/outbox", "/_emulator/faults", "/_emulator/faults/firings",
			"/_emulator/registrar-domains", "/_emulator/scenarios");

	@Test
	void everyListIsReadAPageAtATime() {
		for (int i = 0; i < 3; i++) {
			String domain = "page" + i + ".com";
			seedDomain(domain, null, false);
			post(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", domain)).ok();
			seedTransferIn(Map.of("domainName", "in" + i + ".com", "status", 11));
			seedRegistrar(Map.of("domainName", "reg" + i + ".com"));
			admin(Map.of("match", Map.of("action", "QueryTransferOutInfo", "domainName", domain), "error",
					Map.of("code", "Busy", "httpStatus", 400)))
				.post("/_emulator/faults")
				.then()
				.statusCode(201);
			post(Map.of("Action", "QueryTransferOutInfo", "DomainName", domain));
			admin().contentType("application/yaml")
				.body(("name: paged-" + i + "\n").getBytes())
				.post("/_emulator/scenarios")
				.then()
				.statusCode(201);
		}
		for (String list : LISTS) {
			Response first = admin().queryParam("limit", 2).get(list);
			first.then().statusCode(200).body("size()", equalTo(2));
			assertThat(first.header("X-Next-Page")).as(list).isEqualTo("2");
			Response second = admin().queryParam("limit", 2).queryParam("page", 2).get(list);
			second.then().statusCode(200).body("size()", equalTo(1));
			assertThat(second.header("X-Next-Page")).as(list).isNull();
			List<Object> all = admin().get(list).then().statusCode(200).extract().jsonPath().getList("$");
			assertThat(all).as(list).hasSize(3);
		}
	}

	@Test
	void aBadPageOrLimitIsRefusedNamingIt() {
		for (String list : LISTS) {
			admin().queryParam("limit", 0).get(list).then().statusCode(400).body("field", equalTo("limit"));
			admin().queryParam("limit", 1001).get(list).then().statusCode(400).body("field", equalTo("limit"));
			admin().queryParam("page", 0).get(list).then().statusCode(400).body("field", equalTo("page"));
		}
	}

}
