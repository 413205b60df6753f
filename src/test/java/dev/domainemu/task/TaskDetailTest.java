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
		detail.finish(TaskOutcome.succeeded("code"), T.plusSeconds(3));
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
		detail.finish(TaskOutcome.failed("locked"), T);
		assertThat(detail.toRecord().status()).isEqualTo(TaskDetailStatus.EXECUTE_FAILURE);
		assertThat(detail.toRecord().errorMsg()).isEqualTo("locked");
		assertThat(detail.toRecord().failReason()).isEqualTo("locked");
		assertThat(detail.toRecord().result()).isNull();
	}

	@Test
	void illegalMovesAreRefusedAndChangeNothing() {
		TaskDetail detail = detail();
		assertThatIllegalStateException().isThrownBy(() -> detail.finish(TaskOutcome.succeeded("x"), T));
		assertThat(detail.status()).isEqualTo(TaskDetailStatus.WAITING_EXECUTE);
		detail.start(T);
		assertThatIllegalStateException().isThrownBy(() -> detail.start(T));
		detail.finish(TaskOutcome.succeeded("x"), T);
		assertThatIllegalStateException().isThrownBy(() -> detail.start(T));
		assertThatIllegalStateException().isThrownBy(() -> detail.finish(TaskOutcome.failed("y"), T));
		assertThat(detail.toRecord().result()).isEqualTo("x");
	}

	@Test
	void statusCodesAreTheDocumentedOnes() {
		assertThat(TaskDetailStatus.values()).extracting(TaskDetailStatus::code).containsExactly(0, 1, 2, 3);
	}

	private static TaskDetail detail() {
		return new TaskDetail("d", "t", "u", "example.com", null, TaskType.QUERY_TRANSFER_AUTH_CODE, T);
	}

}
