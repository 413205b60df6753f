package dev.domainemu.transferin;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The transfer-in repository against a database alone (H2 and PostgreSQL): the list's
 * filters and slices, and the unique key that allows an account one open transfer-in of a
 * domain however many have ended.
 */
abstract class TransferInRepositoryContract {

	private static final Instant T0 = Instant.parse("2026-01-15T04:00:00Z");

	@Autowired
	private TransferInRepository transfers;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void empty() {
		this.jdbc.update("delete from transfer_in_timeline");
		this.jdbc.update("delete from transfer_in_history");
		this.jdbc.update("delete from transfer_in");
	}

	private TransferIn transfer(String instanceId, String userId, String domainName, TransferInStatus status,
			int minutes) {
		return TransferIn.seeded(instanceId, userId, domainName, status, 0, "admin@" + domainName, true, true,
				status.defaultResultCode(), T0.plusSeconds(60L * minutes), T0.plusSeconds(15 * 86400), null);
	}

	@Test
	void theListIsFilteredByDomainAndStatusAndReadInSlices() {
		// a.com: ended three times, then open; b.com: succeeded; another account's a.com
		for (int i = 0; i < 3; i++) {
			this.transfers.save(transfer("S2026A" + i, "u1", "a.com", TransferInStatus.CANCELLED, i));
		}
		this.transfers.save(transfer("S2026A3", "u1", "a.com", TransferInStatus.MAIL_TOKEN_SENT, 3));
		this.transfers.save(transfer("S2026B0", "u1", "b.com", TransferInStatus.SUCCEEDED, 4));
		this.transfers.save(transfer("S2026C0", "u2", "a.com", TransferInStatus.MAIL_TOKEN_SENT, 5));
		this.transfers.flush();
		Sort newest = Sort.by(Sort.Direction.DESC, "submissionDate");
		assertThat(this.transfers.search("u1", null, null, PageRequest.of(0, 10, newest)).getContent())
			.extracting(TransferIn::instanceId)
			.containsExactly("S2026B0", "S2026A3", "S2026A2", "S2026A1", "S2026A0");
		assertThat(this.transfers.search("u1", "a.com", null, PageRequest.of(0, 10, newest)).getContent())
			.extracting(TransferIn::instanceId)
			.containsExactly("S2026A3", "S2026A2", "S2026A1", "S2026A0");
		assertThat(this.transfers.search("u1", "a.com", 50, PageRequest.of(0, 10, newest)).getContent()).hasSize(3);
		assertThat(this.transfers.search("u1", null, 11, PageRequest.of(0, 10, newest)).getContent())
			.extracting(TransferIn::instanceId)
			.containsExactly("S2026A3");
		Slice<TransferIn> first = this.transfers.search("u1", null, null, PageRequest.of(0, 2, newest));
		assertThat(first.hasNext()).isTrue();
		Slice<TransferIn> last = this.transfers.search("u1", null, null, PageRequest.of(2, 2, newest));
		assertThat(last.getContent()).extracting(TransferIn::instanceId).containsExactly("S2026A0");
		assertThat(last.hasNext()).isFalse();
		assertThat(this.transfers.findByUserIdAndStateOpenDomain("u1", "a.com")).map(TransferIn::instanceId)
			.contains("S2026A3");
		assertThat(this.transfers.existsByUserIdAndStateOpenDomain("u1", "b.com")).isFalse();
		assertThat(this.transfers.findFirstByUserIdAndDomainNameOrderBySubmissionDateDesc("u2", "a.com"))
			.map(TransferIn::instanceId)
			.contains("S2026C0");
	}

	@Test
	void theDatabaseRefusesASecondOpenTransferInOfADomainInOneAccount() {
		this.transfers.save(transfer("S2026A0", "u1", "a.com", TransferInStatus.CANCELLED, 0));
		this.transfers.save(transfer("S2026A1", "u1", "a.com", TransferInStatus.FAILED, 1));
		this.transfers.save(transfer("S2026A2", "u1", "a.com", TransferInStatus.MAIL_TOKEN_SENT, 2));
		this.transfers.save(transfer("S2026C0", "u2", "a.com", TransferInStatus.NAME_AUDIT_SUBMITTED, 2));
		this.transfers.flush();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.transfers.saveAndFlush(transfer("S2026A3", "u1", "a.com", TransferInStatus.INITIAL, 3)));
		assertThat(this.jdbc.queryForObject("select count(*) from transfer_in where user_id = 'u1'", Integer.class))
			.isEqualTo(3);
	}

}
