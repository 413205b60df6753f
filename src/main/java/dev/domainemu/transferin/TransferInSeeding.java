package dev.domainemu.transferin;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.ids.Ids;
import dev.domainemu.journal.Cause;
import dev.domainemu.paging.Batches;
import dev.domainemu.progression.Progression;
import dev.domainemu.storage.Totals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer-ins made and forgotten by the control plane and scenarios: seeded in any
 * documented Status with what that status waits for, in bulk, removed, and cleared.
 */
@Service
public class TransferInSeeding {

	private final TransferInRepository transfers;

	private final TimelineEntryRepository timeline;

	private final TransferInOrderRepository orders;

	private final TransferInBulk bulk;

	private final TransferInMailService mail;

	private final TransferInArrival arrival;

	private final Progression progression;

	private final EmulatorClock clock;

	private final Totals totals;

	private final Ids ids;

	TransferInSeeding(TransferInRepository transfers, TimelineEntryRepository timeline,
			TransferInOrderRepository orders, TransferInBulk bulk, TransferInMailService mail,
			TransferInArrival arrival, Progression progression, EmulatorClock clock, Totals totals, Ids ids) {
		this.ids = ids;
		this.transfers = transfers;
		this.timeline = timeline;
		this.orders = orders;
		this.bulk = bulk;
		this.mail = mail;
		this.arrival = arrival;
		this.progression = progression;
		this.clock = clock;
		this.totals = totals;
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
		TransferInArrival.resultCode(status, seed.resultCode());
		List<TimelineMove> timeline = (seed.timeline() != null) ? seed.timeline() : List.of();
		for (int i = 0; i < timeline.size(); i++) {
			TimelineMove move = timeline.get(i);
			TransferInStatus moveStatus = TransferInStatus.ofCode(move.status());
			if (moveStatus == null) {
				throw new IllegalArgumentException(
						"timeline[" + i + "].status: " + move.status() + " is not a documented Status");
			}
			try {
				TransferInArrival.resultCode(moveStatus, move.resultCode());
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
		TransferInResultCode resultCode = TransferInArrival.resultCode(status, seed.resultCode());
		boolean whoisMailStatus = (seed.whoisMailStatus() != null) ? seed.whoisMailStatus() : true;
		String email = (seed.email() != null) ? seed.email() : (whoisMailStatus ? "admin@" + seed.domainName() : null);
		boolean needMailCheck = (seed.needMailCheck() != null) ? seed.needMailCheck() : progressBarType <= 1;
		if (!status.finished() && this.transfers.existsByUserIdAndStateOpenDomain(userId, seed.domainName())) {
			throw new SeedConflictException("domainName",
					"the account already has an open transfer-in of " + seed.domainName());
		}
		Instant now = this.clock.now(userId);
		TransferIn transfer = TransferIn.seeded(this.ids.instanceId(now), userId, seed.domainName(), status,
				progressBarType, email, needMailCheck, whoisMailStatus, resultCode, now,
				now.plus(this.progression.setting(userId, ExpiryStep.KIND).duration()), seed.authorizationCode());
		List<TimelineMove> timeline = (seed.timeline() != null) ? seed.timeline() : List.of();
		boolean hold = Boolean.TRUE.equals(seed.hold());
		transfer.hold(hold || !timeline.isEmpty());
		TransferIn saved = this.transfers.save(transfer);
		this.totals.add(userId, TransferInService.TRANSFER_INS, 1);
		this.arrival.arrived(saved, now);
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
		Instant now = this.clock.now(userId);
		List<String> instanceIds = this.bulk.insert(userId, domainNames, status, now,
				now.plus(this.progression.setting(userId, ExpiryStep.KIND).duration()), Cause.current().label());
		this.totals.add(userId, TransferInService.TRANSFER_INS, instanceIds.size());
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
	 * Forgets the transfer-ins with their histories, mails, timelines and waiting steps.
	 */
	@Transactional
	public void remove(String userId, Collection<String> instanceIds) {
		this.progression.forget(instanceIds);
		Batches.forEach(instanceIds, (batch) -> {
			this.transfers.deleteHistories(batch);
			this.mail.remove(batch);
			this.timeline.deleteByInstanceIds(batch);
			this.totals.add(userId, TransferInService.TRANSFER_INS, -this.transfers.deleteByInstanceIds(batch));
		});
	}

	/** Forgets every transfer-in of the account, as {@link #remove} does. */
	@Transactional
	public void forget(String userId) {
		remove(userId, this.transfers.instanceIdsOf(userId));
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
