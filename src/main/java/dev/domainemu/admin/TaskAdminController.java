package dev.domainemu.admin;

import java.util.List;
import java.util.NoSuchElementException;

import dev.domainemu.paging.Window;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskQueries;
import dev.domainemu.task.TaskRecord;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskView;

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
 * An account's tasks: listed, looked up, and their pending details ended. Each call takes
 * an optional {@code account} (the default account when left out).
 */
@RestController
@RequestMapping("/_emulator/tasks")
class TaskAdminController {

	private final TaskQueries queries;

	private final TaskService tasks;

	private final ChangeGate gate;

	TaskAdminController(TaskQueries queries, TaskService tasks, ChangeGate gate) {
		this.queries = queries;
		this.tasks = tasks;
		this.gate = gate;
	}

	/** A page of the account's tasks, newest first. */
	@GetMapping
	ResponseEntity<List<TaskRecord>> tasks(Caller caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.queries.tasks(caller.userId(), window.page(), window.limit(), null, null));
	}

	@GetMapping("/{taskNo}")
	TaskView task(@PathVariable String taskNo, Caller caller) {
		TaskView task = this.queries.task(caller.userId(), taskNo);
		if (task == null) {
			throw noTask(taskNo);
		}
		return task;
	}

	/**
	 * Ends a task's unfinished details with a chosen outcome, without their work being
	 * done: {@code 404} for an unknown task or detail, {@code 409} for a detail that has
	 * already finished.
	 */
	@PostMapping("/{taskNo}/finish")
	TaskView finish(@PathVariable String taskNo, @RequestBody AdminRequests.Settle request, Caller caller) {
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
			task = this.gate.together(caller.userId(),
					() -> this.tasks.settle(caller.userId(), taskNo, request.taskDetailNo(), outcome));
		}
		catch (NoSuchElementException ex) {
			throw new AdminException(HttpStatus.NOT_FOUND, "taskDetailNo", ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new AdminException(HttpStatus.CONFLICT, "taskDetailNo", "taskDetailNo: " + ex.getMessage());
		}
		if (task == null) {
			throw noTask(taskNo);
		}
		return task;
	}

	private static AdminException noTask(String taskNo) {
		return new AdminException(HttpStatus.NOT_FOUND, "taskNo", "taskNo: no task " + taskNo);
	}

	private static String limited(String field, String value) {
		if (value != null && value.length() > 255) {
			throw AdminException.badField(field, "must be at most 255 characters");
		}
		return value;
	}

}
