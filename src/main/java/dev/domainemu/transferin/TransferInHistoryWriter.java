package dev.domainemu.transferin;

import java.util.List;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends a transfer-in's status changes to its history ({@code transfer_in_history}) as
 * the transfer-in is written, in the same transaction: only inserts, each at the place
 * the transfer-in's {@code history_length} gave it. Made by Spring (Hibernate asks the
 * bean container).
 */
public class TransferInHistoryWriter {

	private static final String INSERT = "insert into transfer_in_history (instance_id, seq, from_status, to_status,"
			+ " changed_at, cause) values (?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	public TransferInHistoryWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@PostPersist
	@PostUpdate
	void written(TransferIn transfer) {
		List<Entry> entries = transfer.drainHistory();
		if (entries.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT,
				entries.stream()
					.map((entry) -> new Object[] { entry.instanceId(), entry.seq(), entry.change().from(),
							entry.change().to(), entry.change().at().toEpochMilli(), entry.change().cause() })
					.toList());
	}

	/** A change and its place in a transfer-in's history. */
	record Entry(String instanceId, int seq, TransferInChange change) {
	}

}
