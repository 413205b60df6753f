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
import dev.domainemu.transferin.TransferInResultCode;
import dev.domainemu.transferin.TransferInService;
import dev.domainemu.transferin.TransferInStatus;

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

	private static final int MAX_LATENCY_MS = 60_000;

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
		check(spec);
		FaultRuleView added = this.rules.save(new FaultRule(userId, spec, this.clock.instant())).toView();
		synchronized (this) {
			this.additions++;
			this.anyRule = true;
		}
		return added;
	}

	/**
	 * Checks a rule before it is added.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	public static void check(FaultSpec spec) {
		if (spec.step() != null) {
			checkStep(spec);
			return;
		}
		if (spec.moveToStatus() != null || spec.moveToResultCode() != null) {
			throw new IllegalArgumentException(
					"transferIn: moves a transfer-in only in place of a step; give match.step");
		}
		if (spec.errorCode() == null && spec.latencyMs() == 0) {
			throw new IllegalArgumentException("error: give an error, a latencyMs, or both");
		}
		if (spec.errorCode() != null && !spec.errorCode().matches("[A-Za-z][A-Za-z0-9.]{0,63}")) {
			throw new IllegalArgumentException("error.code: letters, digits and dots, at most 64");
		}
		if (spec.errorCode() != null
				&& (spec.httpStatus() == null || spec.httpStatus() < 400 || spec.httpStatus() > 599)) {
			throw new IllegalArgumentException("error.httpStatus: must be from 400 to 599");
		}
		if (spec.errorMessage() != null && spec.errorMessage().length() > 512) {
			throw new IllegalArgumentException("error.message: at most 512 characters");
		}
		if (spec.latencyMs() < 0 || spec.latencyMs() > MAX_LATENCY_MS) {
			throw new IllegalArgumentException("latencyMs: must be from 0 to " + MAX_LATENCY_MS);
		}
		checkCommon(spec);
	}

	private static void checkStep(FaultSpec spec) {
		if (!TransferInService.STEPS.contains(spec.step())) {
			throw new IllegalArgumentException("match.step: '" + spec.step()
					+ "' is not a transfer-in step; the steps are " + TransferInService.STEPS);
		}
		if (spec.action() != null) {
			throw new IllegalArgumentException("match.action: a step rule matches no RPC call; leave it out");
		}
		if (spec.errorCode() != null || spec.latencyMs() != 0) {
			throw new IllegalArgumentException(
					"error: a step rule moves the transfer-in (transferIn.status); it has no error or latencyMs");
		}
		if (spec.moveToStatus() == null) {
			throw new IllegalArgumentException("transferIn.status: is required with match.step");
		}
		TransferInStatus status = TransferInStatus.ofCode(spec.moveToStatus());
		if (status == null) {
			throw new IllegalArgumentException(
					"transferIn.status: " + spec.moveToStatus() + " is not a documented Status");
		}
		if (spec.moveToResultCode() != null && TransferInResultCode.ofCode(spec.moveToResultCode()) == null) {
			throw new IllegalArgumentException(
					"transferIn.resultCode: " + spec.moveToResultCode() + " is not a documented ResultCode");
		}
		if (spec.moveToResultCode() != null && !status.carriesResultCode()) {
			throw new IllegalArgumentException(
					"transferIn.resultCode: status " + status.code() + " carries no ResultCode");
		}
		checkCommon(spec);
	}

	private static void checkCommon(FaultSpec spec) {
		if (spec.times() != null && spec.times() < 1) {
			throw new IllegalArgumentException("times: must be 1 or more");
		}
		if (spec.probability() != null && !(spec.probability() > 0 && spec.probability() <= 1)) {
			throw new IllegalArgumentException("probability: must be above 0 and at most 1");
		}
		if (spec.status() != null && TransferInStatus.ofCode(spec.status()) == null) {
			throw new IllegalArgumentException("match.status: " + spec.status() + " is not a documented Status");
		}
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
				record(new FaultFiring(candidate, transfer.userId(), this.clock.instant(), null, kind));
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
					record(new FaultFiring(candidate.id(), userId, this.clock.instant(), requestId, action));
					return rule.fault();
				}));
			if (fault.isPresent()) {
				return fault;
			}
		}
		return Optional.empty();
	}

}
