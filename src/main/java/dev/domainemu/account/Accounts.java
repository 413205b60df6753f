package dev.domainemu.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.domainemu.paging.Window;
import dev.domainemu.storage.AfterCommit;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves who owns the data a call touches: the account its access key acts for. Keys
 * come from the configuration ({@code emulator.accounts.keys}) and from the database
 * (registered through the control plane or a scenario, or met in isolated mode); a key
 * neither knows acts as {@code emulator.accounts.unknown-keys} says.
 */
@Component
public class Accounts implements SmartInitializingSingleton {

	private static final long CACHE_NANOS = 1_000_000_000L;

	private static final int MAX_CACHED = 10_000;

	private final String defaultUserId;

	private final AccountsProperties.UnknownKeys unknownKeys;

	private final Map<String, KeyRecord> configured = new LinkedHashMap<>();

	private final AccountRepository accounts;

	private final AccessKeyRepository keys;

	private final TransactionTemplate transaction;

	/**
	 * Keys read from the database lately, found or not: a call reads its key from here
	 * for a second after the last read, so that a busy key costs no query per call. A
	 * change made through this emulator shows at once; one made through another emulator
	 * on the database within a second.
	 */
	private final Map<String, CachedKey> recent = new ConcurrentHashMap<>();

	/** The unknown keys this emulator has given an account of their own already. */
	private final Set<String> isolatedKeys = ConcurrentHashMap.newKeySet();

	Accounts(AccountProperties account, AccountsProperties properties, AccountRepository accounts,
			AccessKeyRepository keys, PlatformTransactionManager transactionManager) {
		this.defaultUserId = account.userId();
		this.unknownKeys = properties.unknownKeys();
		this.accounts = accounts;
		this.keys = keys;
		this.transaction = new TransactionTemplate(transactionManager);
		for (AccountsProperties.ConfiguredKey key : properties.keys()) {
			String userId = (key.userId() != null && !key.userId().isBlank()) ? key.userId() : this.defaultUserId;
			this.configured.put(key.accessKeyId(),
					new KeyRecord(key.accessKeyId(), key.accessKeySecret(), userId, key.securityToken()));
		}
	}

	/** The accounts the configuration names are listed like the others. */
	@Override
	public void afterSingletonsInstantiated() {
		Set<String> named = new TreeSet<>();
		named.add(this.defaultUserId);
		this.configured.values().forEach((key) -> named.add(key.userId()));
		named.forEach(this::ensureAccount);
	}

	public String defaultUserId() {
		return this.defaultUserId;
	}

	/**
	 * The account a control-plane request names, or the default account when it names
	 * none.
	 */
	public String orDefault(String account) {
		return (account != null && !account.isBlank()) ? account : this.defaultUserId;
	}

	/**
	 * The account a call with this access key acts for.
	 * @throws UnknownAccessKeyException when unknown keys are refused and no one
	 * registered this one, or the call has none
	 */
	public String userIdFor(String accessKeyId) {
		if (accessKeyId == null || accessKeyId.isEmpty()) {
			if (this.unknownKeys == AccountsProperties.UnknownKeys.REJECT) {
				throw new UnknownAccessKeyException(null);
			}
			return this.defaultUserId;
		}
		KeyRecord key = key(accessKeyId).orElse(null);
		if (key != null) {
			return key.userId();
		}
		return switch (this.unknownKeys) {
			case SHARED -> this.defaultUserId;
			case REJECT -> throw new UnknownAccessKeyException(accessKeyId);
			case ISOLATED -> isolated(accessKeyId);
		};
	}

	/** The key as registered, from the configuration or the database. */
	public Optional<KeyRecord> key(String accessKeyId) {
		if (accessKeyId == null) {
			return Optional.empty();
		}
		KeyRecord configuredKey = this.configured.get(accessKeyId);
		if (configuredKey != null) {
			return Optional.of(configuredKey);
		}
		long now = System.nanoTime();
		CachedKey cached = this.recent.get(accessKeyId);
		if (cached != null && now - cached.readAt() < CACHE_NANOS) {
			return cached.key();
		}
		Optional<KeyRecord> key = this.keys.findById(accessKeyId).map(AccessKey::toRecord);
		if (this.recent.size() >= MAX_CACHED) {
			this.recent.clear();
		}
		this.recent.put(accessKeyId, new CachedKey(key, now));
		return key;
	}

	/** A key as read from the database at a moment ({@link System#nanoTime}). */
	private record CachedKey(Optional<KeyRecord> key, long readAt) {
	}

	/**
	 * The account of an unknown key in isolated mode: its UserId follows from the key, so
	 * every emulator on a database gives the same one; it is recorded on first use.
	 */
	private String isolated(String accessKeyId) {
		String userId = KeyRules.derivedUserId(accessKeyId);
		if (this.isolatedKeys.add(accessKeyId)) {
			ensureAccount(userId);
			try {
				this.transaction.executeWithoutResult((status) -> this.keys
					.save(new AccessKey(new KeyRecord(accessKeyId, null, userId, null), Instant.now())));
			}
			catch (DataIntegrityViolationException ex) {
				// another thread or emulator recorded it first
			}
			this.recent.remove(accessKeyId);
		}
		return userId;
	}

	/** A new, empty account with a key of its own, secret included. */
	public KeyRecord create() {
		String userId;
		do {
			userId = KeyRules.newUserId();
		}
		while (this.accounts.existsById(userId));
		return register(new KeyRecord(KeyRules.newAccessKeyId(), KeyRules.newSecret(), userId, null));
	}

	/**
	 * Registers a key for the account it names, a new one when it names none.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 * @throws AccountConflictException when the key is registered already
	 */
	public KeyRecord register(KeyRecord requested) {
		KeyRules.check(requested);
		if (this.configured.containsKey(requested.accessKeyId())) {
			throw new AccountConflictException("accessKeyId",
					"accessKeyId: " + requested.accessKeyId() + " is a key of the configuration");
		}
		String userId = (requested.userId() != null) ? requested.userId() : KeyRules.newUserId();
		KeyRecord key = new KeyRecord(requested.accessKeyId(), requested.accessKeySecret(), userId,
				requested.securityToken());
		try {
			this.transaction.executeWithoutResult((status) -> {
				if (this.keys.existsById(key.accessKeyId())) {
					throw new AccountConflictException("accessKeyId",
							"accessKeyId: " + key.accessKeyId() + " is registered already");
				}
				if (!this.accounts.existsById(userId)) {
					this.accounts.save(new Account(userId, Instant.now()));
				}
				this.keys.save(new AccessKey(key, Instant.now()));
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new AccountConflictException("accessKeyId",
					"accessKeyId: " + key.accessKeyId() + " was registered meanwhile");
		}
		this.recent.remove(key.accessKeyId());
		// and again once the caller's transaction commits, for a read meanwhile
		AfterCommit.run(() -> this.recent.remove(key.accessKeyId()));
		return key;
	}

	/**
	 * Forgets a registered key (one a scenario registered, say), in the caller's
	 * transaction; its account stays.
	 */
	public void forgetKey(String accessKeyId) {
		this.transaction.executeWithoutResult((status) -> this.keys.deleteById(accessKeyId));
		this.recent.remove(accessKeyId);
		AfterCommit.run(() -> this.recent.remove(accessKeyId));
	}

	/** A page of the accounts, by UserId. */
	public Slice<AccountRecord> list(Window window) {
		return this.accounts.findBy(window.pageable(Sort.by("userId"))).map((account) -> record(account.userId()));
	}

	/** The account, if it is one the emulator knows. */
	public Optional<AccountRecord> find(String userId) {
		return this.accounts.existsById(userId) ? Optional.of(record(userId)) : Optional.empty();
	}

	/**
	 * Forgets the account's registered keys and, unless the configuration names it, the
	 * account itself; what it holds is for the caller to remove.
	 * @return whether the account existed
	 */
	public boolean forget(String userId) {
		if (!this.accounts.existsById(userId)) {
			return false;
		}
		boolean configuredAccount = isConfigured(userId);
		this.transaction.executeWithoutResult((status) -> {
			this.keys.deleteOfAccount(userId);
			if (!configuredAccount) {
				this.accounts.deleteById(userId);
			}
		});
		this.isolatedKeys.clear();
		this.recent.clear();
		return true;
	}

	/**
	 * Forgets every registered key and every account the configuration does not name;
	 * joins the caller's transaction.
	 */
	public void clear() {
		this.transaction.executeWithoutResult((status) -> {
			this.keys.deleteAllInBatch();
			this.accounts.deleteAllInBatch();
		});
		this.isolatedKeys.clear();
		this.recent.clear();
		// and again once the reset commits, for a key read meanwhile
		AfterCommit.run(this.recent::clear);
		afterSingletonsInstantiated();
	}

	private boolean isConfigured(String userId) {
		return userId.equals(this.defaultUserId)
				|| this.configured.values().stream().anyMatch((key) -> key.userId().equals(userId));
	}

	private AccountRecord record(String userId) {
		List<String> keyIds = new ArrayList<>();
		this.configured.values()
			.stream()
			.filter((key) -> key.userId().equals(userId))
			.forEach((key) -> keyIds.add(key.accessKeyId()));
		this.keys.ofAccounts(List.of(userId)).forEach((key) -> keyIds.add(key.toRecord().accessKeyId()));
		return new AccountRecord(userId, keyIds, isConfigured(userId));
	}

	private void ensureAccount(String userId) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				if (!this.accounts.existsById(userId)) {
					this.accounts.save(new Account(userId, Instant.now()));
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// another emulator on the database recorded it first
		}
	}

}
