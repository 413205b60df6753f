package dev.domainemu.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.domainemu.paging.Batches;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds many of an account's held domains by name at once. The names are matched as
 * {@code (user_id, domain_name)} pairs, which every database reads from the unique key on
 * both; {@code user_id = ? and domain_name in (…)} would make H2 read every domain of the
 * account.
 */
@Repository
class HeldDomainLookup {

	private final NamedParameterJdbcTemplate jdbc;

	private final HeldDomainRepository domains;

	HeldDomainLookup(JdbcTemplate jdbc, HeldDomainRepository domains) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.domains = domains;
	}

	/** The id of each of the names the account holds, by name. */
	Map<String, Long> ids(String userId, Collection<String> domainNames) {
		Map<String, Long> ids = new HashMap<>();
		Batches
			.forEach(domainNames,
					(batch) -> this.jdbc
						.query("select domain_name, id from held_domain where (user_id, domain_name) in (:keys)",
								new MapSqlParameterSource("keys",
										batch.stream().map((name) -> new Object[] { userId, name }).toList()),
								(row) -> {
									ids.put(row.getString(1), row.getLong(2));
								}));
		return ids;
	}

	/** The held domains of the names the account holds, by name. */
	Map<String, HeldDomain> find(String userId, Collection<String> domainNames) {
		return Batches.byKey(ids(userId, domainNames).values(), this.domains::findAllById, HeldDomain::domainName);
	}

}
