package dev.domainemu.transferin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.storage.Totals;
import dev.domainemu.task.TaskItem;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's moves on transfer-ins through the API: ordering them, re-entering an
 * authorization code, and asking for a cancellation. Reading them is
 * {@link TransferInQueries}; the control plane's seeding and moves are
 * {@link TransferInSeeding} and {@link TransferInControl}.
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

	private final TransferInOrderRepository orders;

	private final TransferInFlow flow;

	private final TaskService tasks;

	private final RegistrarService registrar;

	private final EmulatorClock clock;

	/** The total of an account's transfer-ins ({@link Totals}). */
	static final String TRANSFER_INS = "transfer-ins";

	TransferInService(TransferInRepository transfers, TransferInOrderRepository orders, TransferInFlow flow,
			TaskService tasks, RegistrarService registrar, EmulatorClock clock) {
		this.transfers = transfers;
		this.orders = orders;
		this.flow = flow;
		this.tasks = tasks;
		this.registrar = registrar;
		this.clock = clock;
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
			if (this.transfers.existsByUserIdAndStateOpenDomain(userId, item.domainName())) {
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
			.findFirstByUserIdAndDomainNameAndStateStatusCodeOrderBySubmissionDateDesc(userId, domainName,
					TransferInStatus.AUTHORIZATION_CODE_WRONG.code())
			.orElseThrow(() -> new ApiException(ApiError.DOMAIN_TRANSFER_PENDING_NOT_EXIST));
		transfer.reenterAuthorizationCode(authorizationCode);
		if (this.registrar.view(userId, domainName).accepts(authorizationCode)) {
			this.flow.submitToRegistry(transfer, TransferInEvent.AUTHORIZATION_CODE_REENTERED, this.clock.now(userId));
		}
		else {
			transfer.apply(TransferInEvent.AUTHORIZATION_CODE_WRONG, null, this.clock.now(userId));
		}
	}

	/**
	 * Submits the task that cancels the domain's open transfer-in;
	 * {@code DomainTransferPendingNotExist} when none is open,
	 * {@code TaskIsBeingProcessed} while the domain has an unfinished task.
	 */
	public String submitCancellation(String userId, String domainName, String clientIp) {
		TransferIn transfer = this.transfers
			.findFirstByUserIdAndDomainNameAndStateStatusCodeInOrderBySubmissionDateDesc(userId, domainName,
					CANCELLABLE_STATUS_CODES)
			.orElseThrow(() -> new ApiException(ApiError.DOMAIN_TRANSFER_PENDING_NOT_EXIST));
		return this.tasks.submitSingle(userId, TaskType.CANCEL_TRANSFER_IN, domainName, transfer.instanceId(),
				clientIp);
	}

}
