package dev.domainemu.progression;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.domainemu.account.Accounts;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step runs as of its due time, however late it runs, and moving the clock never takes
 * it backwards.
 */
class StepTimeTest extends EmulatorTest {

	@Autowired
	private EmulatorClock clock;

	@Autowired
	private Accounts accounts;

	@Test
	void anOverdueStepDatesEverythingItDoesAtItsDueTime() {
		setPolicy("task-start", "manual");
		String taskNo = post(Map.of("Action", "SaveSingleTaskForCreatingOrderTransfer", "DomainName", "late.com",
				"AuthorizationCode", "Ab1#xyz89Kq7", "RegistrantProfileId", "1"))
			.ok()
			.path("TaskNo")
			.asString();
		advanceSeconds(100);
		// timed again: the start (12:00:01) and the execution (12:00:03) are overdue
		setPolicy("task-start", "timed");

		JsonNode detail = post(Map.of("Action", "QueryTaskDetailList", "TaskNo", taskNo, "PageNum", 1, "PageSize", 1))
			.ok()
			.path("Data")
			.path("TaskDetail")
			.get(0);
		assertThat(detail.path("TaskStatus").asString()).isEqualTo("EXECUTE_SUCCESS");
		assertThat(detail.path("UpdateTime").asString()).isEqualTo("2026-01-15 12:00:03");
		JsonNode transfer = post(
				Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", detail.path("InstanceId").asString()))
			.ok();
		assertThat(transfer.path("SubmissionDate").asString()).isEqualTo("2026-01-15 12:00:03");
	}

	@Test
	void advancingARunningClockNeverTakesItBackwards() throws Exception {
		seedBusyDomains(2000);
		admin(Map.of("frozen", false)).put("/_emulator/clock").then().statusCode(200);
		Instant before = this.clock.now(this.accounts.defaultUserId());
		// the 2,000 task starts fall due on the way
		neverBackwards(() -> advanceSeconds(1.5));
		assertThat(this.clock.now(this.accounts.defaultUserId())).isAfterOrEqualTo(before.plusMillis(1500));
		assertThat(pending("task-start")).isZero();
	}

	@Test
	void settingARunningClockForwardLandsWhereAsked() throws Exception {
		seedBusyDomains(2000);
		admin(Map.of("frozen", false)).put("/_emulator/clock").then().statusCode(200);
		Instant target = T0.plusSeconds(2);
		List<Instant> landed = new ArrayList<>();
		neverBackwards(() -> landed.add(Instant.parse(admin(Map.of("now", target.toString())).put("/_emulator/clock")
			.then()
			.statusCode(200)
			.extract()
			.path("now"))));
		assertThat(landed.get(0)).isAfterOrEqualTo(target);
		assertThat(this.clock.now(this.accounts.defaultUserId())).isAfterOrEqualTo(landed.get(0));
		assertThat(pending("task-start")).isZero();
	}

	/** Runs the move while another thread reads the clock, which must never go back. */
	private void neverBackwards(Runnable move) throws InterruptedException {
		List<String> backwards = new ArrayList<>();
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			Instant last = this.clock.now(this.accounts.defaultUserId());
			while (sampling.get()) {
				Instant now = this.clock.now(this.accounts.defaultUserId());
				if (now.isBefore(last)) {
					backwards.add(last + " -> " + now);
				}
				last = now;
			}
		});
		sampler.start();
		try {
			move.run();
		}
		finally {
			sampling.set(false);
			sampler.join();
		}
		assertThat(backwards).as("the clock went back").isEmpty();
	}

	private int pending(String kind) {
		return admin().get("/_emulator/progression").then().statusCode(200).extract().path("'" + kind + "'.pending");
	}

	/** Held domains with one batch lock task over each thousand of them. */
	/** Held domains, each with a lock task whose start falls due a second from now. */
	private void seedBusyDomains(int count) {
		admin(Map.of("prefix", "busy", "count", count, "tasks",
				Map.of("type", "SET_TRANSFER_PROHIBITED", "transferProhibited", true)))
			.post("/_emulator/bulk")
			.then()
			.statusCode(201);
		assertThat(pending("task-start")).isEqualTo(count);
	}

}
