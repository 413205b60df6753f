package dev.domainemu.transferout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.domainemu.domain.AuthorizationCodeIssued;
import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainService;
import dev.domainemu.paging.Batches;
import dev.domainemu.progression.Progression;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskType;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer-out side: a transfer-out starts when a domain's code is issued, moves on
 * the clock through its steps, and is approved or cancelled by tasks.
 */
@Service
public class TransferOutService {

	private final TransferOutRepository transfers;

	private final DomainService domains;

	private final TaskService tasks;

	private final Progression progression;

	TransferOutService(TransferOutRepository transfers, DomainService domains, TaskService tasks,
			Progression progression) {
		this.transfers = transfers;
		this.domains = domains;
		this.tasks = tasks;
		this.progression = progression;
	}

	/**
	 * Starts a transfer-out at Status 1 when a code is issued for a domain that has none
	 * open; one already open goes on as it is.
	 */
	@EventListener
	void codeIssued(AuthorizationCodeIssued issued) {
		if (this.transfers.findByUserIdAndOpenDomain(issued.userId(), issued.domainName()).isPresent()) {
			return;
		}
		TransferOut started = this.transfers
			.save(new TransferOut(issued.userId(), issued.domainName(), issued.email(), issued.at()));
		this.progression.schedule(issued.userId(), TransferOutSteps.VERIFICATION, target(started), issued.at());
	}

	/**
	 * The domain's latest transfer-out; empty when it never had one.
	 * {@code DomainNotExist} when the account neither holds the domain nor ever
	 * transferred it out.
	 */
	@Transactional(readOnly = true)
	public Optional<TransferOutRecord> info(String userId, String domainName) {
		Optional<TransferOutRecord> latest = this.transfers
			.findFirstByUserIdAndDomainNameOrderByIdDesc(userId, domainName)
			.map(TransferOut::toRecord);
		if (latest.isEmpty()) {
			this.domains.requireHeld(userId, domainName);
		}
		return latest;
	}

	/** Submits the task that approves the domain's pending transfer-out request. */
	public String submitApproval(String userId, String domainName, String clientIp) {
		this.domains.requireHeld(userId, domainName);
		return this.tasks.submitSingle(userId, TaskType.APPROVE_TRANSFER_OUT, domainName, null, clientIp);
	}

	/** Submits the task that cancels the domain's open transfer-out. */
	public String submitCancellation(String userId, String domainName, String clientIp) {
		this.domains.requireHeld(userId, domainName);
		return this.tasks.submitSingle(userId, TaskType.CANCEL_TRANSFER_OUT, domainName, null, clientIp);
	}

	/** The open transfer-out of a domain, for the tasks that act on it. */
	Optional<TransferOut> open(String userId, String domainName) {
		return this.transfers.findByUserIdAndOpenDomain(userId, domainName);
	}

	/** A step's transfer-out, when it is still in the status the step expects. */
	Optional<TransferOut> waiting(String target, TransferOutStatus... statuses) {
		return this.transfers.findById(Long.valueOf(target)).filter((transfer) -> {
			for (TransferOutStatus status : statuses) {
				if (transfer.status() == status) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * Moves 1 → 2 → 3; at 3 the code's expiry and the registry's request are scheduled.
	 */
	void verify(TransferOut transfer, Instant at) {
		transfer.verify(at, this.progression.setting(transfer.userId(), TransferOutSteps.EXPIRY).duration());
		String next = (transfer.status() == TransferOutStatus.CODE_ISSUED) ? TransferOutSteps.REQUEST
				: TransferOutSteps.VERIFICATION;
		this.progression.schedule(transfer.userId(), next, target(transfer), at);
		if (transfer.status() == TransferOutStatus.CODE_ISSUED) {
			this.progression.schedule(transfer.userId(), TransferOutSteps.EXPIRY, target(transfer), at);
		}
	}

	/**
	 * A transfer request reaches the registry: 3 → 4, or 8 ({@code transferProhibited})
	 * while the lock is on.
	 */
	void requested(TransferOut transfer, Instant at) {
		boolean locked = this.domains.find(transfer.userId(), transfer.domainName())
			.map(DomainRecord::transferProhibited)
			.orElse(false);
		if (locked) {
			transfer.fail(TransferOutResult.TRANSFER_PROHIBITED, at);
			return;
		}
		transfer.requested(at);
		this.progression.schedule(transfer.userId(), TransferOutSteps.APPROVAL, target(transfer), at);
	}

	/** 4 → 5: the domain leaves the account. */
	void succeed(TransferOut transfer, Instant at) {
		transfer.succeed(at);
		this.domains.release(transfer.userId(), transfer.domainName());
	}

	/** Forgets every transfer-out of the account with its waiting steps. */
	@Transactional
	public void forget(String userId) {
		List<Long> ids = this.transfers.idsOf(userId);
		this.progression.forget(ids.stream().map(String::valueOf).toList());
		Batches.forEach(ids, this.transfers::deleteAllByIdInBatch);
	}

	@Transactional
	public void clear() {
		this.transfers.deleteAllInBatch();
	}

	private static String target(TransferOut transfer) {
		return transfer.id().toString();
	}

}
