package dev.domainemu.transferin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.domainemu.ids.Ids;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes many seeded transfer-ins at once with batched SQL, the rows exactly those
 * {@link TransferIn#seeded} and its first history entry make.
 */
@Repository
class TransferInBulk {

	private static final String TRANSFER = "insert into transfer_in (instance_id, user_id, domain_name, email,"
			+ " need_mail_check, whois_mail_status, progress_bar_type, status_code, result_code, submission_date,"
			+ " modification_date, expiration_date, result_date, code_submission_date, open_domain, authorization_code,"
			+ " registrant_profile_id, held, version, history_length) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
			+ " null, null, false, 0, 1)";

	private static final String HISTORY = "insert into transfer_in_history (instance_id, seq, from_status, to_status,"
			+ " changed_at, cause) values (?, 0, null, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final Ids ids;

	TransferInBulk(JdbcTemplate jdbc, Ids ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/**
	 * Inserts a transfer-in per domain in the status (progress-bar type 0, the WHOIS
	 * email {@code admin@<domain>}), made now by {@code cause}.
	 * @return their instance ids, in the order of the domains
	 */
	List<String> insert(String userId, List<String> domainNames, TransferInStatus status, Instant now,
			Instant expirationDate, String cause) {
		List<String> instanceIds = new ArrayList<>(domainNames.size());
		List<Object[]> transfers = new ArrayList<>(domainNames.size());
		List<Object[]> history = new ArrayList<>(domainNames.size());
		long at = now.toEpochMilli();
		TransferInResultCode resultCode = status.defaultResultCode();
		for (String domainName : domainNames) {
			String instanceId = this.ids.instanceId(now);
			instanceIds.add(instanceId);
			transfers.add(new Object[] { instanceId, userId, domainName, "admin@" + domainName, true, true, 0,
					status.code(), (resultCode != null) ? resultCode.code() : null, at, at,
					expirationDate.toEpochMilli(), status.finished() ? at : null, status.codeAccepted() ? at : null,
					status.finished() ? null : domainName });
			history.add(new Object[] { instanceId, status.code(), at, cause });
		}
		this.jdbc.batchUpdate(TRANSFER, transfers);
		this.jdbc.batchUpdate(HISTORY, history);
		return instanceIds;
	}

}
