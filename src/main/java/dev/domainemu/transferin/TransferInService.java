package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.journal.Cause;
import dev.domainemu.domain.DomainService;
import dev.domainemu.paging.Batches;
import dev.domainemu.paging.Paging;
import dev.domainemu.paging.Window;
import dev.domainemu.progression.Progression;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.registrar.RegistrarView;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.storage.Totals;
import dev.domainemu.task.TaskItem;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskType;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer-in instances: ordering, seeding, the customer's moves, and reading.
 */
@Service
public class TransferInService {

	/**
	 * The steps that move a transfer-in on the service's side, which faults may replace.
	 */
	public static final List<String> STEPS = List.of(ProcessingStep.KIND, NameAuditStep.KIND, RegistryStep.KIND,
			ExpiryStep.KIND);

	private static final List<Integer> CANCELLABLE_STATUS_CODES = TransferInTransition.OPEN.stream()
		.map(TransferInStatus::code)
		.toList();

	private final TransferInRepository transfers;

	private final EmulatorClock clock;

	private final DomainService domains;

	private final RegistrarService registrar;

	private final TransferInReader reader;

	private final TransferInMailService mail;

	private final TaskService tasks;

	private final Progression progression;

	private final TransferInFlow flow;

	private final TransferInOrderRepository orders;

	private final TimelineEntryRepository timeline;

	private final TransferInBulk bulk;

	private final Totals totals;

	/** The total of an account's transfer-ins ({@link Totals}). */
	static final String TRANSFER_INS = "transfer-ins";

	TransferInService(TransferInRepository transfers, TransferInReader reader, TransferInMailService mail,
			TaskService tasks, Progression progression, TransferInFlow flow, TransferInOrderRepository orders,
			TimelineEntryRepository timeline, EmulatorClock clock, DomainService domains, RegistrarService registrar,
			TransferInBulk bulk, Totals totals) {
		this.totals = totals;
		this.bulk = bulk;
		this.timeline = timeline;
		this.tasks = tasks;
		this.progression = progression;
		this.flow = flow;
		this.orders = orders;
		this.transfers = transfers;
		this.reader = reader;
		this.mail = mail;
		this.clock = clock;
		this.domains = domains;
		this.registrar = registrar;
	}

	/**
	 * Whether the account can transfer the domain in, checked in this order: the suffix
	 * is taken, the account does not hold it, no transfer-in of it is open, the losing
	 * registrar has not locked it, and the code (when given) is the registrar's.
	 */
	@Transactional(readOnly = true)
	public Feasibility feasibility(String userId, String domainName, String authorizationCode) {
		if (!this.registrar.supportsSuffix(domainName)) {
			return Feasibility.SUFFIX_NOT_SUPPORTED;
		}
		if (this.domains.holds(userId, domainName)) {
			return Feasibility.ALREADY_IN_ACCOUNT;
		}
		if (this.transfers.existsByUserIdAndOpenDomain(userId, domainName)) {
			return Feasibility.TRANSFER_IN_PROGRESS;
		}
		RegistrarView view = this.registrar.view(domainName);
		if (view.transferProhibited()) {
			return Feasibility.TRANSFER_PROHIBITED;
		}
		if (authorizationCode != null && !view.accepts(authorizationCode)) {
			return Feasibility.AUTHORIZATION_CODE_INCORRECT;
		}
		return Feasibility.CAN_TRANSFER;
	}

	/**
	 * The caller's transfer-in; {@code InvalidInstanceId.NotFound} when there is none.
	 */
	public TransferInRecord get(String userId, String instanceId) {
		TransferInRecord transfer = this.reader.find(instanceId);
		if (transfer == null || !transfer.userId().equals(userId)) {
			throw new ApiException(ApiError.INSTANCE_NOT_FOUND);
		}
		return transfer;
	}

	/**
	 * Every transfer-in of the account, newest first, optionally of one domain or in one
	 * Status.
	 */
	@Transactional(readOnly = true)
	public Slice<TransferInRecord> all(String userId, String domainName, Integer status, Window window) {
		return this.transfers
			.search(userId, domainName, status,
					window.pageable(Sort.by(Sort.Order.desc("submissionDate"), Sort.Order.asc("instanceId"))))
			.map(TransferIn::toRecord);
	}

	/**
	 * Every status change of the account's transfer-in, oldest first; {@code null} when
	 * there is no such instance.
	 */
	@Transactional(readOnly = true)
	public List<TransferInChange> history(String userId, String instanceId) {
		TransferInRecord transfer = this.reader.find(instanceId);
		return (transfer != null && transfer.userId().equals(userId)) ? this.reader.history(instanceId) : null;
	}

	/** The account's transfer-in, or {@code null}. */
	@Transactional(readOnly = true)
	public TransferInRecord find(String userId, String instanceId) {
		TransferInRecord transfer = this.reader.find(instanceId);
		return (transfer != null && transfer.userId().equals(userId)) ? transfer : null;
	}

	/**
	 * The Status of a transfer-in: the instance's when one is named, else that of the
	 * domain's latest transfer-in; {@code null} when there is none.
	 */
	@Transactional(readOnly = true)
	public Integer currentStatus(String userId, String instanceId, String domainName) {
		if (instanceId != null) {
			TransferInRecord transfer = this.reader.find(instanceId);
			return (transfer != null && transfer.userId().equals(userId)) ? transfer.status().code() : null;
		}
		if (domainName != null) {
			return this.transfers.findFirstByUserIdAndDomainNameOrderBySubmissionDateDesc(userId, domainName)
				.map((transfer) -> transfer.status().code())
				.orElse(null);
		}
		return null;
	}

	/**
	 * Checks what a seed says on its own (statuses, result codes, progress-bar type),
	 * before anything is stored.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	public static void check(TransferInSeed seed) {
		TransferInStatus status = TransferInStatus.ofCode((seed.status() != null) ? seed.status() : 10);
		if (status == null) {
			throw new IllegalArgumentException("status: " + seed.status() + " is not a documented Status");
		}
		int progressBarType = (seed.progressBarType() != null) ? seed.progressBarType() : 0;
		if (progressBarType < 0 || progressBarType > 3) {
			throw new IllegalArgumentException("progressBarType: must be 0, 1, 2 or 3");
		}
		resultCode(status, seed.resultCode());
		List<TimelineMove> timeline = (seed.timeline() != null) ? seed.timeline() : List.of();
		for (int i = 0; i < timeline.size(); i++) {
			TimelineMove move = timeline.get(i);
			TransferInStatus moveStatus = TransferInStatus.ofCode(move.status());
			if (moveStatus == null) {
				throw new IllegalArgumentException(
						"timeline[" + i + "].status: " + move.status() + " is not a documented Status");
			}
			try {
				resultCode(moveStatus, move.resultCode());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("timeline[" + i + "]." + ex.getMessage());
			}
		}
	}

	/**
	 * Creates a transfer-in in the seed's status with every derived field computed.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 * @throws SeedConflictException when the account already has an open transfer-in of
	 * the domain and the seed is open too
	 */
	@Transactional
	public TransferInRecord seed(String userId, TransferInSeed seed) {
		check(seed);
		TransferInStatus status = TransferInStatus.ofCode((seed.status() != null) ? seed.status() : 10);
		int progressBarType = (seed.progressBarType() != null) ? seed.progressBarType() : 0;
		TransferInResultCode resultCode = resultCode(status, seed.resultCode());
		boolean whoisMailStatus = (seed.whoisMailStatus() != null) ? seed.whoisMailStatus() : true;
		String email = (seed.email() != null) ? seed.email() : (whoisMailStatus ? "admin@" + seed.domainName() : null);
		boolean needMailCheck = (seed.needMailCheck() != null) ? seed.needMailCheck() : progressBarType <= 1;
		if (!status.finished() && this.transfers.existsByUserIdAndOpenDomain(userId, seed.domainName())) {
			throw new SeedConflictException("domainName",
					"the account already has an open transfer-in of " + seed.domainName());
		}
		Instant now = this.clock.instant();
		TransferIn transfer = TransferIn.seeded(InstanceIds.next(now), userId, seed.domainName(), status,
				progressBarType, email, needMailCheck, whoisMailStatus, resultCode, now,
				now.plus(this.progression.setting(ExpiryStep.KIND).duration()), seed.authorizationCode());
		List<TimelineMove> timeline = (seed.timeline() != null) ? seed.timeline() : List.of();
		boolean hold = Boolean.TRUE.equals(seed.hold());
		transfer.hold(hold || !timeline.isEmpty());
		TransferIn saved = this.transfers.save(transfer);
		this.totals.add(userId, TRANSFER_INS, 1);
		arrived(saved, now);
		if (TransferInTransition.OPEN.contains(status)) {
			this.progression.schedule(userId, ExpiryStep.KIND, saved.instanceId(), now);
		}
		List<TimelineMove> ordered = timeline.stream().sorted(Comparator.comparing(TimelineMove::after)).toList();
		for (int i = 0; i < ordered.size(); i++) {
			TimelineMove move = ordered.get(i);
			Instant at = now.plus(move.after());
			this.timeline.save(new TimelineEntry(saved.instanceId(), at, move.status(), move.resultCode(),
					!hold && i == ordered.size() - 1));
			this.progression.schedule(userId, TimelineStep.KIND, saved.instanceId(), at);
		}
		return saved.toRecord();
	}

	/**
	 * Seeds a transfer-in per domain in one documented Status with its history and
	 * waiting steps, as {@link #seed} would (progress-bar type 0, the WHOIS email
	 * {@code admin@<domain>}, not held, no code), in batched SQL: for loads of many at
	 * once, which are not journaled. Not Status 11, whose verification mails go out one
	 * at a time. Joins the caller's transaction.
	 * @return their instance ids, in the order of the domains
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@Transactional
	public List<String> seedMany(String userId, List<String> domainNames, int statusCode) {
		TransferInStatus status = TransferInStatus.ofCode(statusCode);
		if (status == null) {
			throw new IllegalArgumentException("status: " + statusCode + " is not a documented Status");
		}
		if (status == TransferInStatus.MAIL_TOKEN_SENT) {
			throw new IllegalArgumentException("status: 11 sends a verification mail per transfer-in; seed those one"
					+ " at a time (POST /_emulator/transfer-ins)");
		}
		Instant now = this.clock.instant();
		List<String> instanceIds = this.bulk.insert(userId, domainNames, status, now,
				now.plus(this.progression.setting(ExpiryStep.KIND).duration()), Cause.current().label());
		this.totals.add(userId, TRANSFER_INS, instanceIds.size());
		if (TransferInTransition.OPEN.contains(status)) {
			this.progression.scheduleAll(userId, ExpiryStep.KIND, instanceIds, now);
		}
		String next = switch (status) {
			case INITIAL, MAIL_TOKEN_VERIFIED, NAME_AUDIT_PASSED -> ProcessingStep.KIND;
			case NAME_AUDIT_SUBMITTED -> NameAuditStep.KIND;
			case SUBMITTED_TO_REGISTRY -> RegistryStep.KIND;
			default -> null;
		};
		if (next != null) {
			this.progression.scheduleAll(userId, next, instanceIds, now);
		}
		return instanceIds;
	}

	/**
	 * The transfer-in a step of the kind would move now: it exists, is not held, and is
	 * in a status that step acts on; {@code null} otherwise.
	 */
	@Transactional(readOnly = true)
	public TransferInRecord stepTarget(String kind, String instanceId) {
		TransferInRecord transfer = this.reader.find(instanceId);
		if (transfer == null || transfer.held()) {
			return null;
		}
		boolean acts = switch (kind) {
			case ProcessingStep.KIND -> ProcessingStep.PROCESSED.contains(transfer.status());
			case NameAuditStep.KIND -> transfer.status() == TransferInStatus.NAME_AUDIT_SUBMITTED;
			case RegistryStep.KIND -> transfer.status() == TransferInStatus.SUBMITTED_TO_REGISTRY;
			case ExpiryStep.KIND -> TransferInTransition.OPEN.contains(transfer.status());
			default -> false;
		};
		return acts ? transfer : null;
	}

	/**
	 * Makes the transfer-in's next timeline move, which has fallen due; the last one of a
	 * transfer seeded without {@code hold} lets the service's own steps move it again.
	 */
	void timelineDue(String instanceId, Instant at) {
		TimelineEntry entry = this.timeline.findFirstByInstanceIdOrderByAtAscIdAsc(instanceId).orElse(null);
		TransferIn transfer = this.transfers.findById(instanceId).orElse(null);
		if (entry == null || transfer == null) {
			return;
		}
		this.timeline.delete(entry);
		if (entry.releases()) {
			transfer.hold(false);
		}
		TransferInStatus status = TransferInStatus.ofCode(entry.statusCode());
		forced(transfer, status, resultCode(status, entry.resultCode()), at);
	}

	/**
	 * The timeline moves still to come for the account's transfer-in, in time order;
	 * {@code null} when there is no such instance.
	 */
	@Transactional(readOnly = true)
	public List<TimelineMove> pendingTimeline(String userId, String instanceId) {
		TransferIn transfer = owned(userId, instanceId);
		if (transfer == null) {
			return null;
		}
		return this.timeline.findByInstanceIdOrderByAtAscIdAsc(instanceId)
			.stream()
			.map((entry) -> new TimelineMove(Duration.between(transfer.submissionDate(), entry.at()),
					entry.statusCode(), entry.resultCode()))
			.toList();
	}

	/**
	 * Holds the account's transfer-in (the service's own steps leave it where it is) or
	 * releases it: what its status waits for is then set in motion again, from now. Moves
	 * its timeline still has to come are made either way.
	 * @return the transfer-in after the change, or {@code null} when the account has no
	 * such instance
	 */
	@Transactional
	public TransferInRecord hold(String userId, String instanceId, boolean held) {
		TransferIn transfer = owned(userId, instanceId);
		if (transfer == null) {
			return null;
		}
		boolean wasHeld = transfer.held();
		transfer.hold(held);
		if (wasHeld && !held) {
			Instant now = this.clock.instant();
			this.flow.moved(transfer, now);
			scheduleAnswer(transfer, now);
			if (TransferInTransition.OPEN.contains(transfer.status())) {
				this.progression.schedule(transfer.userId(), ExpiryStep.KIND, transfer.instanceId(),
						transfer.submissionDate());
			}
		}
		return transfer.toRecord();
	}

	/**
	 * Moves the account's transfer-in by an event through the transition table, as the
	 * control plane asks, and sets in motion what its new status waits for.
	 * @return the transfer-in after the move, or {@code null} when the account has no
	 * such instance
	 * @throws IllegalTransitionException when the table has no such move
	 */
	@Transactional
	public TransferInRecord move(String userId, String instanceId, TransferInEvent event) {
		TransferIn transfer = owned(userId, instanceId);
		if (transfer == null) {
			return null;
		}
		Instant now = this.clock.instant();
		transfer.apply(event, null, now);
		arrived(transfer, now);
		holdIfSucceeded(userId, transfer);
		return transfer.toRecord();
	}

	/**
	 * Puts the account's transfer-in straight into a documented Status (the control
	 * plane's force), every derived field recomputed, and sets in motion what the status
	 * waits for.
	 * @return the transfer-in after the change, or {@code null} when the account has no
	 * such instance
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@Transactional
	public TransferInRecord force(String userId, String instanceId, Integer statusCode, String resultCodeName) {
		TransferInStatus status = (statusCode != null) ? TransferInStatus.ofCode(statusCode) : null;
		if (status == null) {
			throw new IllegalArgumentException("status: " + statusCode + " is not a documented Status");
		}
		TransferInResultCode resultCode = resultCode(status, resultCodeName);
		TransferIn transfer = owned(userId, instanceId);
		if (transfer == null) {
			return null;
		}
		if (!status.finished() && this.transfers.findByUserIdAndOpenDomain(userId, transfer.domainName())
			.filter((open) -> !open.instanceId().equals(instanceId))
			.isPresent()) {
			throw new SeedConflictException("status",
					"the account already has another open transfer-in of " + transfer.domainName());
		}
		forced(transfer, status, resultCode, this.clock.instant());
		return transfer.toRecord();
	}

	private void forced(TransferIn transfer, TransferInStatus status, TransferInResultCode resultCode, Instant now) {
		transfer.force(status, resultCode, now);
		arrived(transfer, now);
		if (TransferInTransition.OPEN.contains(status)) {
			this.progression.schedule(transfer.userId(), ExpiryStep.KIND, transfer.instanceId(),
					transfer.submissionDate());
		}
		holdIfSucceeded(transfer.userId(), transfer);
	}

	private TransferIn owned(String userId, String instanceId) {
		return this.transfers.findById(instanceId).filter((found) -> found.userId().equals(userId)).orElse(null);
	}

	/** The ResultCode a seeded or forced status gets: the one given, or its default. */
	private static TransferInResultCode resultCode(TransferInStatus status, String given) {
		if (given == null) {
			return status.defaultResultCode();
		}
		TransferInResultCode resultCode = TransferInResultCode.ofCode(given);
		if (resultCode == null) {
			throw new IllegalArgumentException("resultCode: " + given + " is not a documented ResultCode");
		}
		if (status.defaultResultCode() == null) {
			throw new IllegalArgumentException("resultCode: status " + status.code() + " carries no ResultCode");
		}
		return resultCode;
	}

	private void holdIfSucceeded(String userId, TransferIn transfer) {
		if (transfer.status() == TransferInStatus.SUCCEEDED && !this.domains.holds(userId, transfer.domainName())) {
			this.domains.add(userId, new DomainSeed(transfer.domainName(), null, false, transfer.email(), 0));
		}
	}

	/**
	 * What a transfer put straight into a status waits for: its verification mail, the
	 * service's next move, the name audit's or the registry's answer.
	 */
	private void arrived(TransferIn transfer, Instant now) {
		if (transfer.status() == TransferInStatus.MAIL_TOKEN_SENT && transfer.awaitsMailVerification()) {
			this.mail.send(transfer);
		}
		this.flow.moved(transfer, now);
		scheduleAnswer(transfer, now);
	}

	/**
	 * Schedules the name audit's or the registry's answer when the status waits for it.
	 */
	private void scheduleAnswer(TransferIn transfer, Instant now) {
		if (transfer.status() == TransferInStatus.NAME_AUDIT_SUBMITTED) {
			this.progression.schedule(transfer.userId(), NameAuditStep.KIND, transfer.instanceId(), now);
		}
		if (transfer.status() == TransferInStatus.SUBMITTED_TO_REGISTRY) {
			this.progression.schedule(transfer.userId(), RegistryStep.KIND, transfer.instanceId(), now);
		}
	}

	/**
	 * Submits one order task for the domains (one detail each) and answers its TaskNo.
	 * All or nothing: {@code TaskIsBeingProcessed} when any of the domains has an
	 * unfinished task or an open transfer-in. The transfer-ins are made when the task
	 * executes.
	 */
	public String order(String userId, List<OrderRequest> requests, String clientIp) {
		Map<String, OrderRequest> byDomain = new HashMap<>();
		requests.forEach((request) -> byDomain.put(request.domainName(), request));
		List<TaskItem> items = requests.stream().map((request) -> new TaskItem(request.domainName(), null)).toList();
		return this.tasks.submit(userId, TaskType.ORDER_TRANSFER_IN, clientIp, items, (item, detailNo) -> {
			if (this.transfers.existsByUserIdAndOpenDomain(userId, item.domainName())) {
				throw new ApiException(ApiError.TASK_IS_BEING_PROCESSED);
			}
			this.orders.save(new TransferInOrder(detailNo, byDomain.get(item.domainName())));
		});
	}

	/**
	 * Takes a new authorization code for the domain's transfer-in in Status 31: the
	 * losing registrar's code sends it to the registry (39), another leaves it in 31;
	 * {@code DomainTransferPendingNotExist} unless a transfer-in of the domain is in 31.
	 */
	@Transactional
	public void reenterAuthorizationCode(String userId, String domainName, String authorizationCode) {
		TransferIn transfer = this.transfers
			.findFirstByUserIdAndDomainNameAndStatusCodeOrderBySubmissionDateDesc(userId, domainName,
					TransferInStatus.AUTHORIZATION_CODE_WRONG.code())
			.orElseThrow(() -> new ApiException(ApiError.DOMAIN_TRANSFER_PENDING_NOT_EXIST));
		transfer.reenterAuthorizationCode(authorizationCode);
		if (this.registrar.view(domainName).accepts(authorizationCode)) {
			this.flow.submitToRegistry(transfer, TransferInEvent.AUTHORIZATION_CODE_REENTERED, this.clock.instant());
		}
		else {
			transfer.apply(TransferInEvent.AUTHORIZATION_CODE_WRONG, null, this.clock.instant());
		}
	}

	/**
	 * Submits the task that cancels the domain's open transfer-in;
	 * {@code DomainTransferPendingNotExist} when none is open,
	 * {@code TaskIsBeingProcessed} while the domain has an unfinished task.
	 */
	public String submitCancellation(String userId, String domainName, String clientIp) {
		TransferIn transfer = this.transfers
			.findFirstByUserIdAndDomainNameAndStatusCodeInOrderBySubmissionDateDesc(userId, domainName,
					CANCELLABLE_STATUS_CODES)
			.orElseThrow(() -> new ApiException(ApiError.DOMAIN_TRANSFER_PENDING_NOT_EXIST));
		return this.tasks.submitSingle(userId, TaskType.CANCEL_TRANSFER_IN, domainName, transfer.instanceId(),
				clientIp);
	}

	/**
	 * One page of the account's transfer-ins, newest submission first, filtered by coarse
	 * status, domain-name prefix and submission time (inclusive bounds).
	 */
	@Transactional(readOnly = true)
	public Page<TransferInRecord> list(String userId, int pageNum, int pageSize, SimpleTransferInStatus simple,
			String domainPrefix, Instant submittedFrom, Instant submittedTo) {
		Specification<TransferIn> filter = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("userId"), userId));
			if (simple != null) {
				where.add(root.get("statusCode")
					.in(Arrays.stream(TransferInStatus.values())
						.filter((status) -> status.simple() == simple)
						.map(TransferInStatus::code)
						.toList()));
			}
			if (domainPrefix != null) {
				where.add(cb.like(root.get("domainName"), likePrefix(domainPrefix), '\\'));
			}
			if (submittedFrom != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("submissionDate"), submittedFrom));
			}
			if (submittedTo != null) {
				where.add(cb.lessThanOrEqualTo(root.get("submissionDate"), submittedTo));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Sort order = Sort.by(Sort.Order.desc("submissionDate"), Sort.Order.asc("instanceId"));
		Page<TransferIn> page = (simple == null && domainPrefix == null && submittedFrom == null && submittedTo == null)
				? Paging.page(pageNum, pageSize, order, this.totals.get(userId, TRANSFER_INS),
						(request) -> this.transfers.findByUserId(userId, request))
				: Paging.page(pageNum, pageSize, order, (request) -> this.transfers.findAll(filter, request));
		return page.map(TransferIn::toRecord);
	}

	private static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * Forgets the transfer-ins with their histories, mails, timelines and waiting steps.
	 */
	@Transactional
	public void remove(String userId, Collection<String> instanceIds) {
		this.progression.forget(instanceIds);
		Batches.forEach(instanceIds, (batch) -> {
			this.transfers.deleteHistories(batch);
			this.mail.remove(batch);
			this.timeline.deleteByInstanceIds(batch);
			this.totals.add(userId, TRANSFER_INS, -this.transfers.deleteByInstanceIds(batch));
		});
	}

	@Transactional
	public void clear() {
		this.mail.clear();
		this.timeline.deleteAllInBatch();
		this.orders.deleteAllInBatch();
		this.transfers.deleteAllHistories();
		this.transfers.deleteAllInBatch();
	}

}
