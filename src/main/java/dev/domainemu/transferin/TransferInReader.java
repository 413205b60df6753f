package dev.domainemu.transferin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads one transfer-in by its instance id with a single SQL query and no persistence
 * context: the path every polling client hits. Writes go through the {@link TransferIn}
 * entity.
 */
@Repository
class TransferInReader {

	private static final String SELECT = "select instance_id, user_id, domain_name, email, need_mail_check,"
			+ " whois_mail_status, progress_bar_type, status_code, result_code, submission_date, modification_date,"
			+ " expiration_date, result_date, code_submission_date, held from transfer_in where instance_id = ?";

	private final JdbcTemplate jdbc;

	TransferInReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	TransferInRecord find(String instanceId) {
		List<TransferInRecord> rows = this.jdbc.query(SELECT, TransferInReader::map, instanceId);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** Every status change of the transfer-in, oldest first. */
	List<TransferInChange> history(String instanceId) {
		return this.jdbc.query(
				"select from_status, to_status, changed_at, cause from transfer_in_history where instance_id = ?"
						+ " order by seq",
				(row, index) -> new TransferInChange((Integer) row.getObject(1), row.getInt(2),
						Instant.ofEpochMilli(row.getLong(3)), row.getString(4)),
				instanceId);
	}

	private static TransferInRecord map(ResultSet row, int index) throws SQLException {
		return new TransferInRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
				row.getBoolean(5), row.getBoolean(6), row.getInt(7), TransferInStatus.ofCode(row.getInt(8)),
				TransferInResultCode.ofCode(row.getString(9)), instant(row, 10), instant(row, 11), instant(row, 12),
				instant(row, 13), instant(row, 14), row.getBoolean(15));
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		long millis = row.getLong(column);
		return row.wasNull() ? null : Instant.ofEpochMilli(millis);
	}

}
