package dev.domainemu.edge;

import java.lang.management.ManagementFactory;

import dev.domainemu.journal.Journal;
import dev.domainemu.support.EmulatorTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls with large parameters do not fill the heap through the journal: each value is
 * kept cut to 1 KB, and clearing the journal or resetting the emulator lets go of what it
 * held. Measured on the heap, after collections.
 */
@Isolated
@Order(Integer.MAX_VALUE)
class JournalMemoryTest extends EmulatorTest {

	private static final int CALLS = 60;

	private static final int VALUE_LENGTH = 1_500_000;

	@Autowired
	private Journal journal;

	@Test
	void largeCallsDoNotFillTheHeapAndClearingFreesIt() {
		long before = usedHeapAfterGc();
		String value = "a".repeat(VALUE_LENGTH);
		for (int i = 0; i < CALLS; i++) {
			RestAssured.given()
				.port(this.port)
				.formParam("Action", "QueryTransferInList")
				.formParam("Version", "2018-01-29")
				.formParam("Format", "JSON")
				.formParam("PageNum", "1")
				.formParam("PageSize", "10")
				.formParam("Remark" + i, value)
				.post("/")
				.then()
				.statusCode(200);
		}
		long grown = usedHeapAfterGc() - before;
		// the values sent come to 90 MB; the journal keeps 1 KB of each
		assertThat(grown).as("heap grown by %d bytes", grown).isLessThan(30L * 1024 * 1024);
		assertThat(this.journal.retainedBytes()).isBetween(1L, 1024L * 1024);
		RestAssured.given().port(this.port).delete("/_emulator/journal").then().statusCode(204);
		assertThat(this.journal.retainedBytes()).isZero();
		RestAssured.given()
			.port(this.port)
			.formParams("Action", "QueryTransferInList", "Version", "2018-01-29", "Format", "JSON", "PageNum", "1",
					"PageSize", "10", "Remark", value.substring(0, 100_000))
			.post("/")
			.then()
			.statusCode(200);
		assertThat(this.journal.retainedBytes()).isPositive();
		RestAssured.given().port(this.port).post("/_emulator/reset").then().statusCode(204);
		assertThat(this.journal.retainedBytes()).isZero();
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
