package dev.domainemu.transferin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every (status, event, progress-bar type) triple: the documented moves land in their
 * status with every derived field right, every other one is refused and changes nothing.
 */
class TransferInTransitionTest {

	private static final Instant SUBMITTED = Instant.parse("2026-01-15T04:00:00Z");

	private static final Instant EXPIRES = SUBMITTED.plus(java.time.Duration.ofDays(15));

	private static final Instant NOW = Instant.parse("2026-01-16T05:06:07Z");

	/** The documented moves, written out independently of the table under test. */
	private static final Map<String, Integer> LEGAL = new HashMap<>();

	static {
		legal(10, TransferInEvent.MAIL_SENT, 11, 0, 1);
		legal(10, TransferInEvent.NAME_AUDIT_SUBMITTED, 20, 2);
		legal(10, TransferInEvent.AUTHORIZATION_CODE_WRONG, 31, 3);
		legal(10, TransferInEvent.SUBMITTED_TO_REGISTRY, 39, 3);
		legal(11, TransferInEvent.MAIL_VERIFIED, 19, 0, 1);
		legal(19, TransferInEvent.NAME_AUDIT_SUBMITTED, 20, 0);
		legal(19, TransferInEvent.AUTHORIZATION_CODE_WRONG, 31, 1);
		legal(19, TransferInEvent.SUBMITTED_TO_REGISTRY, 39, 1);
		legal(20, TransferInEvent.NAME_AUDIT_PASSED, 29, 0, 2);
		legal(20, TransferInEvent.NAME_AUDIT_FAILED, 21, 0, 2);
		legal(29, TransferInEvent.AUTHORIZATION_CODE_WRONG, 31, 0, 2);
		legal(29, TransferInEvent.SUBMITTED_TO_REGISTRY, 39, 0, 2);
		legal(31, TransferInEvent.AUTHORIZATION_CODE_WRONG, 31, 0, 1, 2, 3);
		legal(31, TransferInEvent.AUTHORIZATION_CODE_REENTERED, 39, 0, 1, 2, 3);
		legal(39, TransferInEvent.REGISTRY_ACCEPTED, 59, 0, 1, 2, 3);
		legal(39, TransferInEvent.REGISTRY_REJECTED, 51, 0, 1, 2, 3);
		for (int open : new int[] { 10, 11, 19, 20, 21, 29, 31 }) {
			legal(open, TransferInEvent.CANCELLED, 50, 0, 1, 2, 3);
			legal(open, TransferInEvent.EXPIRED, 52, 0, 1, 2, 3);
		}
	}

	private static void legal(int from, TransferInEvent event, int to, int... progressBarTypes) {
		for (int type : progressBarTypes) {
			LEGAL.put(from + "/" + event + "/" + type, to);
		}
	}

	static Stream<Arguments> everyTriple() {
		List<Arguments> triples = new ArrayList<>();
		for (TransferInStatus status : TransferInStatus.values()) {
			for (TransferInEvent event : TransferInEvent.values()) {
				for (int type = 0; type <= 3; type++) {
					triples.add(Arguments.of(status, event, type));
				}
			}
		}
		return triples.stream();
	}

	@ParameterizedTest(name = "{0} + {1} (type {2})")
	@MethodSource("everyTriple")
	void documentedMovesLandAndOthersAreRefused(TransferInStatus from, TransferInEvent event, int type) {
		TransferIn transfer = TransferIn.seeded("S2026TESTTESTTES", "u", "example.com", from, type, "a@example.com",
				type <= 1, true, from.defaultResultCode(), SUBMITTED, EXPIRES, null);
		TransferInRecord before = transfer.toRecord();
		Integer expected = LEGAL.get(from.code() + "/" + event + "/" + type);
		if (expected == null) {
			assertThatThrownBy(() -> transfer.apply(event, null, NOW)).isInstanceOf(IllegalTransitionException.class)
				.hasMessageContaining("Status " + from.code());
			assertThat(transfer.toRecord()).isEqualTo(before);
			return;
		}
		transfer.apply(event, null, NOW);
		TransferInRecord after = transfer.toRecord();
		TransferInStatus to = TransferInStatus.ofCode(expected);
		assertThat(after.status()).isEqualTo(to);
		assertThat(after.status().simple()).isEqualTo(to.simple());
		assertThat(after.modificationDate()).isEqualTo(NOW);
		assertThat(after.submissionDate()).isEqualTo(SUBMITTED);
		assertThat(after.expirationDate()).isEqualTo(before.expirationDate());
		assertThat(after.progressBarType()).isEqualTo(type);
		assertThat(after.needMailCheck()).isEqualTo(before.needMailCheck());
		assertThat(after.resultDate()).isEqualTo(to.finished() ? NOW : before.resultDate());
		assertThat(after.transferAuthorizationCodeSubmissionDate())
			.isEqualTo((to == TransferInStatus.SUBMITTED_TO_REGISTRY) ? NOW
					: before.transferAuthorizationCodeSubmissionDate());
		TransferInResultCode result = switch (expected) {
			case 21 -> TransferInResultCode.NAME_VERIFICATION_FAILED;
			case 50 -> TransferInResultCode.CLIENT_CANCELLED;
			case 51 -> TransferInResultCode.CLIENT_REJECTED;
			case 52 -> TransferInResultCode.TRANSFER_EXPIRED;
			default -> null;
		};
		assertThat(after.resultCode()).isEqualTo(result);
	}

	@ParameterizedTest(name = "rejected as {0}")
	@MethodSource("rejections")
	void aRegistryRejectionCarriesItsReason(TransferInResultCode reason) {
		TransferIn transfer = TransferIn.seeded("S2026TESTTESTTES", "u", "example.com",
				TransferInStatus.SUBMITTED_TO_REGISTRY, 0, "a@example.com", true, true, null, SUBMITTED, EXPIRES, null);
		transfer.apply(TransferInEvent.REGISTRY_REJECTED, reason, NOW);
		assertThat(transfer.toRecord().resultCode()).isEqualTo(reason);
		assertThat(transfer.toRecord().status()).isEqualTo(TransferInStatus.FAILED);
	}

	@ParameterizedTest(name = "mail verbs refused in Status {0}")
	@MethodSource("everyStatus")
	void mailVerbsOnlyApplyWhileTheMailIsAwaited(TransferInStatus status) {
		TransferIn transfer = TransferIn.seeded("S2026TESTTESTTES", "u", "example.com", status, 0, null, true, false,
				null, SUBMITTED, EXPIRES, null);
		if (status == TransferInStatus.MAIL_TOKEN_SENT) {
			assertThat(transfer.awaitsMailVerification()).isFalse();
			transfer.whoisRefetched("owner@example.com", NOW);
			assertThat(transfer.toRecord().whoisMailStatus()).isTrue();
			assertThat(transfer.toRecord().email()).isEqualTo("owner@example.com");
			assertThat(transfer.awaitsMailVerification()).isTrue();
			transfer.mailResent(NOW.plusSeconds(1));
			assertThat(transfer.toRecord().modificationDate()).isEqualTo(NOW.plusSeconds(1));
			return;
		}
		TransferInRecord before = transfer.toRecord();
		assertThatThrownBy(() -> transfer.mailResent(NOW)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> transfer.whoisRefetched("owner@example.com", NOW))
			.isInstanceOf(IllegalStateException.class);
		assertThat(transfer.toRecord()).isEqualTo(before);
	}

	static Stream<TransferInStatus> everyStatus() {
		return Stream.of(TransferInStatus.values());
	}

	static Stream<TransferInResultCode> rejections() {
		return Stream.of(TransferInResultCode.CLIENT_REJECTED, TransferInResultCode.SERVER_CANCELLED,
				TransferInResultCode.TRANSFER_PROHIBITED, TransferInResultCode.TRANSFER_SUBMITTED);
	}

}
