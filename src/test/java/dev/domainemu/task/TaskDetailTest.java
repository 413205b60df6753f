package dev.domainemu.task;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TaskDetailTest {

	private static final Instant T = Instant.parse("2026-01-15T04:00:00Z");

	@Test
	void movesFromWaitingThroughExecutingToAnOutcome() {
		TaskDetail detail = detail();
		assertThat(detail.status()).isEqualTo(TaskDetailStatus.WAITING_EXECUTE);
		detail.start(T.plusSeconds(1));
		assertThat(detail.status()).isEqualTo(TaskDetailStatus.EXECUTING);
		detail.finish(TaskOutcome.succeeded("code"), 3, T.plusSeconds(3));
		TaskDetailRecord record = detail.toRecord();
		assertThat(record.status()).isEqualTo(TaskDetailStatus.EXECUTE_SUCCESS);
		assertThat(record.result()).isEqualTo("code");
		assertThat(record.errorMsg()).isNull();
		assertThat(record.updateTime()).isEqualTo(T.plusSeconds(3));
		assertThat(record.createTime()).isEqualTo(T);
	}

	@Test
	void aFailureCarriesItsMessage() {
		TaskDetail detail = detail();
		detail.start(T);
		assertThat(detail.finish(TaskOutcome.failed("Locked", "it is locked"), 3, T)).isTrue();
		assertThat(detail.toRecord().status()).isEqualTo(TaskDetailStatus.EXECUTE_FAILURE);
		assertThat(detail.toRecord().errorMsg()).isEqualTo("it is locked");
		assertThat(detail.toRecord().failReason()).isEqualTo("Locked");
		assertThat(detail.toRecord().result()).isNull();
	}

	@Test
	void illegalMovesAreRefusedAndChangeNothing() {
		TaskDetail detail = detail();
		assertThatIllegalStateException().isThrownBy(() -> detail.finish(TaskOutcome.succeeded("x"), 3, T));
		assertThat(detail.status()).isEqualTo(TaskDetailStatus.WAITING_EXECUTE);
		detail.start(T);
		assertThatIllegalStateException().isThrownBy(() -> detail.start(T));
		detail.finish(TaskOutcome.succeeded("x"), 3, T);
		assertThatIllegalStateException().isThrownBy(() -> detail.start(T));
		assertThatIllegalStateException().isThrownBy(() -> detail.finish(TaskOutcome.failed("Y", "y"), 3, T));
		assertThat(detail.toRecord().result()).isEqualTo("x");
	}

	@Test
	void transientErrorsCountRetriesUntilSuccess() {
		TaskDetail detail = detail();
		detail.start(T);
		assertThat(detail.finish(TaskOutcome.transientError("busy"), 2, T.plusSeconds(2))).isFalse();
		assertThat(detail.finish(TaskOutcome.transientError("busy"), 2, T.plusSeconds(4))).isFalse();
		TaskDetailRecord retrying = detail.toRecord();
		assertThat(retrying.status()).isEqualTo(TaskDetailStatus.EXECUTING);
		assertThat(retrying.tryCount()).isEqualTo(2);
		assertThat(retrying.errorMsg()).isEqualTo("busy");
		assertThat(retrying.updateTime()).isEqualTo(T.plusSeconds(4));
		assertThat(detail.finish(TaskOutcome.succeeded("code"), 2, T.plusSeconds(6))).isTrue();
		assertThat(detail.toRecord().status()).isEqualTo(TaskDetailStatus.EXECUTE_SUCCESS);
		assertThat(detail.toRecord().tryCount()).isEqualTo(2);
		assertThat(detail.toRecord().errorMsg()).isNull();
	}

	@Test
	void transientErrorsBeyondTheRetriesFail() {
		TaskDetail detail = detail();
		detail.start(T);
		assertThat(detail.finish(TaskOutcome.transientError("busy"), 1, T)).isFalse();
		assertThat(detail.finish(TaskOutcome.transientError("busy"), 1, T)).isTrue();
		assertThat(detail.toRecord().status()).isEqualTo(TaskDetailStatus.EXECUTE_FAILURE);
		assertThat(detail.toRecord().tryCount()).isEqualTo(1);
		assertThat(detail.toRecord().failReason()).isEqualTo(TaskDetail.RETRIES_EXHAUSTED);
		assertThat(detail.toRecord().errorMsg()).isEqualTo("busy Gave up after 1 retries.");
	}

	@Test
	void aTaskIsWaitingExecutingOrComplete() {
		assertThat(TaskStatus.of(0, 0)).isEqualTo(TaskStatus.WAITING_EXECUTE);
		assertThat(TaskStatus.of(0, 1)).isEqualTo(TaskStatus.EXECUTING);
		assertThat(TaskStatus.of(0, 2)).isEqualTo(TaskStatus.EXECUTING);
		assertThat(TaskStatus.of(2, 3)).isEqualTo(TaskStatus.COMPLETE);
		assertThat(TaskStatus.values()).extracting(TaskStatus::code).containsExactly(1, 2, 3);
		assertThat(TaskCancelStatus.values()).extracting(TaskCancelStatus::code).containsExactly(0, 1, 2);
	}

	@Test
	void statusCodesAreTheDocumentedOnes() {
		assertThat(TaskDetailStatus.values()).extracting(TaskDetailStatus::code).containsExactly(0, 1, 2, 3);
	}

	private static TaskDetail detail() {
		return new TaskDetail("d", "t", "u", new TaskItem("example.com", null), TaskType.QUERY_TRANSFER_AUTH_CODE, T);
	}

}
