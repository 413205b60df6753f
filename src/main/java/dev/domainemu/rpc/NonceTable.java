package dev.domainemu.rpc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import dev.domainemu.storage.SharedDatabase;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The signature nonces in the {@code signature_nonce} table, for emulators that share a
 * database: one statement records a nonce, or finds it used within its window; those
 * whose window has passed are deleted every minute.
 */
@Repository
class NonceTable implements Nonces {

	private final JdbcTemplate jdbc;

	private final SharedDatabase database;

	NonceTable(JdbcTemplate jdbc, SharedDatabase database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/** Whether the table is the one to use: other emulators may share the database. */
	boolean shared() {
		return this.database.shared();
	}

	@Override
	public boolean firstUse(String accessKeyId, String nonce, Instant now, Instant forgetAt) {
		String digest = digest(accessKeyId, nonce);
		if (this.database.postgres()) {
			// inserted, or taken over from a use whose window has passed: else a replay
			return this.jdbc.update(
					"insert into signature_nonce (digest, forget_at) values (?, ?) on conflict (digest)"
							+ " do update set forget_at = excluded.forget_at where signature_nonce.forget_at <= ?",
					digest, forgetAt.toEpochMilli(), now.toEpochMilli()) == 1;
		}
		try {
			return this.jdbc.update("insert into signature_nonce (digest, forget_at) values (?, ?)", digest,
					forgetAt.toEpochMilli()) == 1;
		}
		catch (DuplicateKeyException ex) {
			return this.jdbc.update("update signature_nonce set forget_at = ? where digest = ? and forget_at <= ?",
					forgetAt.toEpochMilli(), digest, now.toEpochMilli()) == 1;
		}
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetPassed() {
		if (shared()) {
			this.jdbc.update("delete from signature_nonce where forget_at <= ?", System.currentTimeMillis());
		}
	}

	/** The key and the nonce, as one digest of a fixed length whatever theirs. */
	private static String digest(String accessKeyId, String nonce) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update((accessKeyId.length() + ":" + accessKeyId).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest(nonce.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
