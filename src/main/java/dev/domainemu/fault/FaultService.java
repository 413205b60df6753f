package dev.domainemu.fault;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.storage.AfterCommit;
import dev.domainemu.storage.SharedDatabase;
import dev.domainemu.paging.Batches;
import dev.domainemu.paging.Window;
import dev.domainemu.transferin.TransferInRecord;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fault rules: added, listed and removed at runtime, and consulted before each RPC call's
 * handler runs. The rules live in the database; each firing is counted under a row lock
 * and recorded.
 */
@Service
public class FaultService implements SmartInitializingSingleton {

	private final FaultRuleRepository rules;

	private final FaultFiringRepository firings;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final boolean shared;

	/**
	 * Whether any rule may exist, so that calls skip the lookup when none does; read from
	 * the database instead when another emulator sharing it may have added one.
	 */
	private volatile boolean anyRule;

	/**
	 * Counts additions, so that a check for rules left after a removal, made while a rule
	 * was being added, cannot clear the flag the addition set.
	 */
	private long additions;

	private final FaultProperties properties;

	FaultService(FaultRuleRepository rules, FaultFiringRepository firings, EmulatorClock clock,
			PlatformTransactionManager transactionManager, SharedDatabase database, FaultProperties properties) {
		this.properties = properties;
		this.rules = rules;
		this.firings = firings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.shared = database.shared();
	}

	/**
	 * Adds a rule for the account.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	public FaultRuleView add(String userId, FaultSpec spec) {
		FaultSpecCheck.check(spec);
		FaultRuleView added = this.rules.save(new FaultRule(userId, spec, this.clock.now(userId))).toView();
		synchronized (this) {
			this.additions++;
			this.anyRule = true;
		}
		return added;
	}

	@Transactional(readOnly = true)
	public Slice<FaultRuleView> list(String userId, Window window) {
		return this.rules.findByUserId(userId, window.pageable(Sort.by("id"))).map(FaultRule::toView);
	}

	@Transactional(readOnly = true)
	public Optional<FaultRuleView> get(String userId, long id) {
		return this.rules.findById(id).filter((rule) -> rule.belongsTo(userId)).map(FaultRule::toView);
	}

	/** Removes a rule; {@code false} when the account has no such rule. */
	public boolean remove(String userId, long id) {
		boolean removed = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Optional<FaultRule> rule = this.rules.findById(id)
				.filter((found) -> found.toView().account().equals(userId));
			rule.ifPresent(this.rules::delete);
			return rule.isPresent();
		}));
		recheckAnyRule();
		return removed;
	}

	/** Removes the rules with their recorded firings; joins the caller's transaction. */
	public void removeAll(Collection<Long> ids) {
		this.transaction.executeWithoutResult((status) -> {
			Batches.forEach(ids, (batch) -> {
				this.firings.deleteByRuleIds(batch);
				this.rules.deleteAllByIdInBatch(batch);
			});
			AfterCommit.run(this::recheckAnyRule);
		});
	}

	/** Removes the account's rules with their firings; joins the caller's transaction. */
	public void forget(String userId) {
		removeAll(this.rules.idsOf(userId));
	}

	/** Removes every rule and every recorded firing; joins the caller's transaction. */
	public void clear() {
		this.transaction.executeWithoutResult((status) -> {
			this.firings.deleteAllInBatch();
			this.rules.deleteAllInBatch();
			AfterCommit.run(this::recheckAnyRule);
		});
	}

	/**
	 * Finds out whether any rule is left, unless a rule was added meanwhile (which set
	 * the flag itself).
	 */
	private void recheckAnyRule() {
		long seen;
		synchronized (this) {
			seen = this.additions;
		}
		boolean exists = this.rules.existsByIdNotNull();
		synchronized (this) {
			if (this.additions == seen) {
				this.anyRule = exists;
			}
		}
	}

	/** A page of the recorded firings, oldest first, of one rule or of all. */
	@Transactional(readOnly = true)
	public Slice<FaultFiringView> firings(String userId, Long ruleId, Window window) {
		Pageable page = window.pageable(Sort.by("id"));
		return ((ruleId != null) ? this.firings.findByUserIdAndRuleId(userId, ruleId, page)
				: this.firings.findByUserId(userId, page))
			.map(FaultFiring::toView);
	}

	/** Rules kept in a database the emulator starts on count from the start. */
	@Override
	public void afterSingletonsInstantiated() {
		this.anyRule = this.rules.existsByIdNotNull();
	}

	/** Whether any rule exists (calls skip the rest when none does). */
	boolean anyRule() {
		return this.shared ? this.rules.existsByIdNotNull() : this.anyRule;
	}

	/**
	 * The step rule that takes the place of a transfer-in's step: the first, in the order
	 * they were added, that matches and fires (counted under its row lock, the firing
	 * recorded with the step's kind as its action). Joins the step's transaction.
	 */
	Optional<FaultRuleView> fireStep(String kind, TransferInRecord transfer) {
		List<Long> candidates = this.rules.findByUserIdOrderByIdAsc(transfer.userId())
			.stream()
			.filter((rule) -> rule.matchesStep(kind, transfer.userId(), transfer.domainName(), transfer.instanceId(),
					transfer.status().code()))
			.map(FaultRule::id)
			.toList();
		for (Long candidate : candidates) {
			Optional<FaultRuleView> fired = this.rules.lockById(candidate).filter(FaultRule::fire).map((rule) -> {
				record(new FaultFiring(candidate, transfer.userId(), this.clock.now(transfer.userId()), null, kind));
				return rule.toView();
			});
			if (fired.isPresent()) {
				return fired;
			}
		}
		return Optional.empty();
	}

	/**
	 * Records a firing; the oldest go once {@code emulator.faults.max-firings} are kept.
	 */
	private void record(FaultFiring firing) {
		long id = this.firings.save(firing).id();
		long keep = this.properties.maxFirings();
		if (id > keep) {
			this.firings.deleteUpTo(id - keep);
		}
	}

	/**
	 * The fault for a call: the first rule, in the order they were added, that matches
	 * and fires. Each matching rule counts the match under its row lock, so limits and
	 * draws hold under parallel calls.
	 */

	Optional<Fault> fire(String userId, String action, CallFacts facts, String requestId, Supplier<Integer> status) {
		List<FaultRuleView> candidates = this.transaction.execute((tx) -> this.rules.findByUserIdOrderByIdAsc(userId)
			.stream()
			.filter((rule) -> rule.matches(userId, action, facts))
			.map(FaultRule::toView)
			.toList());
		Integer current = null;
		boolean statusRead = false;
		for (FaultRuleView candidate : candidates) {
			if (candidate.status() != null) {
				if (!statusRead) {
					current = status.get();
					statusRead = true;
				}
				if (!candidate.status().equals(current)) {
					continue;
				}
			}
			Optional<Fault> fault = this.transaction
				.execute((tx) -> this.rules.lockById(candidate.id()).filter(FaultRule::fire).map((rule) -> {
					record(new FaultFiring(candidate.id(), userId, this.clock.now(userId), requestId, action));
					return rule.fault();
				}));
			if (fault.isPresent()) {
				return fault;
			}
		}
		return Optional.empty();
	}

}
