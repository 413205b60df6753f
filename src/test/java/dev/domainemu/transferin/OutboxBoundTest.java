package dev.domainemu.transferin;

import java.util.List;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resending a verification mail in a loop keeps the outbox bounded: of one transfer-in's
 * mails only the newest {@code emulator.outbox.max-mails-per-transfer-in} (10) are kept,
 * the newest token still verifies, and another transfer-in's mail is untouched.
 */
class OutboxBoundTest extends EmulatorTest {

	private static final int RESENDS = 25;

	@Test
	void resendingInALoopKeepsTheNewestMailsOnly() {
		seedTransferIn(Map.of("domainName", "other-mail.com", "status", 11));
		String otherToken = outboxMail("other-mail.com").get("token");
		seedTransferIn(Map.of("domainName", "looped-mail.com", "status", 11));
		String firstToken = outboxMail("looped-mail.com").get("token");
		for (int i = 0; i < RESENDS; i++) {
			post(Map.of("Action", "TransferInResendMailToken", "DomainName", "looped-mail.com")).ok();
		}

		List<Map<String, String>> kept = outboxMails("looped-mail.com");
		assertThat(kept).hasSize(10);
		assertThat(kept).extracting((mail) -> mail.get("token")).doesNotContain(firstToken).doesNotHaveDuplicates();
		assertThat(outboxMails("other-mail.com")).extracting((mail) -> mail.get("token")).containsExactly(otherToken);

		String newest = kept.get(kept.size() - 1).get("token");
		assertThat(post(Map.of("Action", "TransferInCheckMailToken", "Token", kept.get(0).get("token"))).body()
			.path("Code")
			.asString()).isEqualTo("TokenFailed");
		assertThat(post(Map.of("Action", "TransferInCheckMailToken", "Token", newest)).ok()
			.path("SuccessList")
			.path("SuccessDomain")
			.get(0)
			.asString()).isEqualTo("looped-mail.com");
	}

}
