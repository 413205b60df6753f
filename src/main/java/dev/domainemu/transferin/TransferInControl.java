package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.progression.Progression;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control plane's hand on stored transfer-ins: holding and releasing them, moving
 * them by an event or forcing them into a Status, their timelines, and what the steps
 * (and the faults that replace them) find to act on.
 */
@Service
public class TransferInControl {

	private final TransferInRepository transfers;

	private final TransferInReader reader;

	private final TimelineEntryRepository timeline;

	private final TransferInFlow flow;

	private final TransferInArrival arrival;

	private final Progression progression;

	private final EmulatorClock clock;

	TransferInControl(TransferInRepository transfers, TransferInReader reader, TimelineEntryRepository timeline,
			TransferInFlow flow, TransferInArrival arrival, Progression progression, EmulatorClock clock) {
		this.transfers = transfers;
		this.reader = reader;
		this.timeline = timeline;
		this.flow = flow;
		this.arrival = arrival;
		this.progression = progression;
		this.clock = clock;
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
		forced(transfer, status, TransferInArrival.resultCode(status, entry.resultCode()), at);
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
			Instant now = this.clock.now(userId);
			this.flow.moved(transfer, now);
			this.arrival.scheduleAnswer(transfer, now);
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
		Instant now = this.clock.now(userId);
		transfer.apply(event, null, now);
		this.arrival.arrived(transfer, now);
		this.arrival.holdIfSucceeded(userId, transfer);
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
		TransferInResultCode resultCode = TransferInArrival.resultCode(status, resultCodeName);
		TransferIn transfer = owned(userId, instanceId);
		if (transfer == null) {
			return null;
		}
		if (!status.finished() && this.transfers.findByUserIdAndStateOpenDomain(userId, transfer.domainName())
			.filter((open) -> !open.instanceId().equals(instanceId))
			.isPresent()) {
			throw new SeedConflictException("status",
					"the account already has another open transfer-in of " + transfer.domainName());
		}
		forced(transfer, status, resultCode, this.clock.now(userId));
		return transfer.toRecord();
	}

	private void forced(TransferIn transfer, TransferInStatus status, TransferInResultCode resultCode, Instant now) {
		transfer.force(status, resultCode, now);
		this.arrival.arrived(transfer, now);
		if (TransferInTransition.OPEN.contains(status)) {
			this.progression.schedule(transfer.userId(), ExpiryStep.KIND, transfer.instanceId(),
					transfer.submissionDate());
		}
		this.arrival.holdIfSucceeded(transfer.userId(), transfer);
	}

	private TransferIn owned(String userId, String instanceId) {
		return this.transfers.findById(instanceId).filter((found) -> found.userId().equals(userId)).orElse(null);
	}

}
