package dev.domainemu.admin;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import dev.domainemu.account.Accounts;
import dev.domainemu.domain.DomainRecord;
import dev.domainemu.domain.DomainService;
import dev.domainemu.paging.Window;
import dev.domainemu.rpc.DomainNames;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskRecord;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskView;
import dev.domainemu.transferin.TransferInChange;
import dev.domainemu.transferin.TransferInRecord;
import dev.domainemu.transferin.TransferInService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Views of what an account has (its domains, transfer-ins and tasks) and the ending of
 * pending tasks. Each call takes an optional {@code account} (the default account when
 * left out).
 */
@RestController
@RequestMapping("/_emulator")
class InspectionController {

	private final Accounts accounts;

	private final DomainService domains;

	private final TransferInService transfers;

	private final TaskService tasks;

	private final ChangeGate gate;

	InspectionController(Accounts accounts, DomainService domains, TransferInService transfers, TaskService tasks,
			ChangeGate gate) {
		this.gate = gate;
		this.accounts = accounts;
		this.domains = domains;
		this.transfers = transfers;
		this.tasks = tasks;
	}

	/** A page of the domains the account holds, by name. */
	@GetMapping("/domains")
	ResponseEntity<List<DomainRecord>> domains(@RequestParam(required = false) String account,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.domains.list(account(account), window));
	}

	@GetMapping("/domains/{domainName}")
	DomainRecord domain(@PathVariable String domainName, @RequestParam(required = false) String account) {
		String name = DomainNames.normalize(domainName);
		return ((name != null) ? this.domains.find(account(account), name) : Optional.<DomainRecord>empty())
			.orElseThrow(() -> new AdminException(HttpStatus.NOT_FOUND, "domainName",
					"domainName: " + domainName + " is not held by the account"));
	}

	/**
	 * A page of the account's transfer-ins, newest first, of one domain and in one Status
	 * when those are given.
	 */
	@GetMapping("/transfer-ins")
	ResponseEntity<List<TransferInView>> transferIns(@RequestParam(required = false) String account,
			@RequestParam(required = false) String domainName, @RequestParam(required = false) Integer status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		String name = (domainName != null) ? DomainNames.normalize(domainName) : null;
		if (domainName != null && name == null) {
			throw AdminException.badField("domainName", "'" + domainName + "' is not a domain name");
		}
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.transfers.all(account(account), name, status, window), TransferInView::of);
	}

	@GetMapping("/transfer-ins/{instanceId}")
	TransferInView transferIn(@PathVariable String instanceId, @RequestParam(required = false) String account) {
		TransferInRecord transfer = this.transfers.find(account(account), instanceId);
		if (transfer == null) {
			throw AdminException.noTransferIn(instanceId);
		}
		return TransferInView.of(transfer);
	}

	/** The transfer-in's status changes (from, to, when, cause), oldest first. */
	@GetMapping("/transfer-ins/{instanceId}/history")
	List<TransferInChange> history(@PathVariable String instanceId, @RequestParam(required = false) String account) {
		List<TransferInChange> history = this.transfers.history(account(account), instanceId);
		if (history == null) {
			throw AdminException.noTransferIn(instanceId);
		}
		return history;
	}

	/** A page of the account's tasks, newest first. */
	@GetMapping("/tasks")
	ResponseEntity<List<TaskRecord>> tasks(@RequestParam(required = false) String account,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.tasks.tasks(account(account), window.page(), window.limit(), null, null));
	}

	@GetMapping("/tasks/{taskNo}")
	TaskView task(@PathVariable String taskNo, @RequestParam(required = false) String account) {
		TaskView task = this.tasks.task(account(account), taskNo);
		if (task == null) {
			throw new AdminException(HttpStatus.NOT_FOUND, "taskNo", "taskNo: no task " + taskNo);
		}
		return task;
	}

	/**
	 * Ends a task's unfinished details with a chosen outcome, without their work being
	 * done: {@code 404} for an unknown task or detail, {@code 409} for a detail that has
	 * already finished.
	 */
	@PostMapping("/tasks/{taskNo}/finish")
	TaskView finish(@PathVariable String taskNo, @RequestBody AdminRequests.Settle request,
			@RequestParam(required = false) String account) {
		TaskOutcome outcome;
		if ("success".equals(request.outcome())) {
			outcome = TaskOutcome.succeeded(limited("result", request.result()));
		}
		else if ("failure".equals(request.outcome())) {
			outcome = TaskOutcome.failedOnRequest(limited("failReason", request.failReason()),
					limited("errorMsg", request.errorMsg()));
		}
		else {
			throw AdminException.badField("outcome", "'" + request.outcome() + "' is not success or failure");
		}
		TaskView task;
		try {
			task = this.gate
				.together(() -> this.tasks.settle(account(account), taskNo, request.taskDetailNo(), outcome));
		}
		catch (NoSuchElementException ex) {
			throw new AdminException(HttpStatus.NOT_FOUND, "taskDetailNo", ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new AdminException(HttpStatus.CONFLICT, "taskDetailNo", "taskDetailNo: " + ex.getMessage());
		}
		if (task == null) {
			throw new AdminException(HttpStatus.NOT_FOUND, "taskNo", "taskNo: no task " + taskNo);
		}
		return task;
	}

	private static String limited(String field, String value) {
		if (value != null && value.length() > 255) {
			throw AdminException.badField(field, "must be at most 255 characters");
		}
		return value;
	}

	private String account(String account) {
		return this.accounts.orDefault(account);
	}

}
