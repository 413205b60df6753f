package dev.domainemu.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.paging.Batches;
import dev.domainemu.paging.Window;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.storage.LostRaceException;
import dev.domainemu.storage.UniqueKeys;
import dev.domainemu.task.TaskItem;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The domains an account holds, and the tasks over them: the auth-code task and the
 * transfer-prohibition lock.
 */
@Service
public class DomainService {

	private final HeldDomainRepository domains;

	private final TaskService tasks;

	private final EmulatorClock clock;

	private final JdbcTemplate jdbc;

	private final HeldDomainLookup lookup;

	DomainService(HeldDomainRepository domains, HeldDomainLookup lookup, TaskService tasks, EmulatorClock clock,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.domains = domains;
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * Adds a held domain; answers {@code null} when the account already holds it. Inside
	 * a caller's transaction, which cannot go on past the refused insert, a domain held
	 * meanwhile by another transaction is a {@link LostRaceException} instead, so that
	 * the caller's work is tried again and finds it held.
	 */
	public DomainRecord add(String userId, DomainSeed seed) {
		try {
			return this.domains.saveAndFlush(new HeldDomain(userId, seed, this.clock.now(userId))).toRecord();
		}
		catch (DataIntegrityViolationException ex) {
			if (!UniqueKeys.refused(ex, HeldDomain.KEY_CONSTRAINT)) {
				throw ex;
			}
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				throw new LostRaceException(seed.domainName() + " was held meanwhile", ex);
			}
			return null;
		}
	}

	/**
	 * Adds held domains the account does not hold yet, as {@link #add} would each; a
	 * domain held meanwhile fails the caller's transaction when it flushes. Joins the
	 * caller's transaction.
	 */
	@Transactional
	public void addAbsent(String userId, List<DomainSeed> seeds) {
		Set<String> held = new HashSet<>(
				this.lookup.ids(userId, seeds.stream().map(DomainSeed::domainName).toList()).keySet());
		Instant now = this.clock.now(userId);
		for (DomainSeed seed : seeds) {
			if (held.add(seed.domainName())) {
				this.domains.save(new HeldDomain(userId, seed, now));
			}
		}
	}

	/**
	 * Adds many held domains at once in batched SQL, as {@link #add} would with nothing
	 * but the name seeded; joins the caller's transaction.
	 */
	@Transactional
	public void addMany(String userId, List<String> domainNames) {
		long now = this.clock.now(userId).toEpochMilli();
		this.jdbc.batchUpdate(
				"insert into held_domain (user_id, domain_name, transfer_prohibited,"
						+ " transfer_authorization_code, email, registry_failures, created_at, version)"
						+ " values (?, ?, false, null, ?, 0, ?, 0)",
				domainNames.stream().map((name) -> new Object[] { userId, name, "admin@" + name, now }).toList());
	}

	/**
	 * Submits the task that fetches a held domain's transfer authorization code;
	 * {@code DomainNotExist} when the account does not hold it.
	 */
	public String submitAuthorizationCodeTask(String userId, String domainName, String clientIp) {
		requireHeld(userId, domainName);
		return this.tasks.submitSingle(userId, TaskType.QUERY_TRANSFER_AUTH_CODE, domainName, null, clientIp);
	}

	/**
	 * Submits the task that turns a held domain's transfer-prohibition lock on or off;
	 * {@code DomainNotExist} when the account does not hold it.
	 */
	public String submitLock(String userId, String domainName, boolean on, String clientIp) {
		requireHeld(userId, domainName);
		return submitLocks(userId, List.of(domainName), on, clientIp);
	}

	/**
	 * Submits one lock task over several domains; a domain the account does not hold gets
	 * a failed detail.
	 */
	public String submitLocks(String userId, List<String> domainNames, boolean on, String clientIp) {
		return this.tasks.submit(userId, TaskType.SET_TRANSFER_PROHIBITED, clientIp,
				domainNames.stream().map((name) -> new TaskItem(name, null, Boolean.toString(on))).toList(),
				(item, detailNo) -> {
				});
	}

	/** {@code DomainNotExist} unless the account holds the domain. */
	public void requireHeld(String userId, String domainName) {
		if (!holds(userId, domainName)) {
			throw new ApiException(ApiError.DOMAIN_NOT_EXIST);
		}
	}

	/** Whether the account holds the domain. */
	@Transactional(readOnly = true)
	public boolean holds(String userId, String domainName) {
		return this.domains.existsByUserIdAndDomainName(userId, domainName);
	}

	/** A page of the domains the account holds, by name. */
	@Transactional(readOnly = true)
	public Slice<DomainRecord> list(String userId, Window window) {
		return this.domains.findByUserId(userId, window.pageable(Sort.by("domainName"))).map(HeldDomain::toRecord);
	}

	/** A held domain as stored. */
	@Transactional(readOnly = true)
	public Optional<DomainRecord> find(String userId, String domainName) {
		return this.domains.findByUserIdAndDomainName(userId, domainName).map(HeldDomain::toRecord);
	}

	/**
	 * Whether a registry call for the domain meets one of its seeded transient errors
	 * (using it up); joins the caller's transaction.
	 */
	@Transactional
	public boolean registryFails(String userId, String domainName) {
		return this.domains.findByUserIdAndDomainName(userId, domainName).map(HeldDomain::registryFails).orElse(false);
	}

	/** The domain leaves the account (it was transferred out). */
	@Transactional
	public void release(String userId, String domainName) {
		this.domains.findByUserIdAndDomainName(userId, domainName).ifPresent(this.domains::delete);
	}

	/** The account no longer holds the domains. */
	@Transactional
	public void remove(String userId, Collection<String> domainNames) {
		Batches.forEach(domainNames, (batch) -> this.domains.deleteHeld(userId, batch));
	}

	/** The account holds no domain any more. */
	@Transactional
	public void forget(String userId) {
		remove(userId, this.domains.namesOf(userId));
	}

	@Transactional
	public void clear() {
		this.domains.deleteAllInBatch();
	}

}
