package dev.domainemu.task.action;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.task.TaskService;

import org.springframework.stereotype.Component;

/**
 * Marks finished task details ({@code TaskDetailNo.N}, up to 1,000) as read, so that
 * PollTaskResult no longer returns them. {@code Result} is how many were newly
 * acknowledged: unknown, unfinished and already acknowledged details are left alone.
 */
@Component
class AcknowledgeTaskResultAction implements ActionHandler {

	static final int MAX_DETAILS = 1000;

	private final TaskService tasks;

	AcknowledgeTaskResultAction(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public String action() {
		return "AcknowledgeTaskResult";
	}

	@Override
	public Object handle(RpcRequest request) {
		List<String> detailNos = request.stringList("TaskDetailNo", 64);
		if (detailNos.isEmpty()) {
			throw new ApiException(ApiError.MISSING_PARAMETER, "TaskDetailNo");
		}
		if (detailNos.size() > MAX_DETAILS) {
			throw new ApiException(ApiError.INVALID_PARAMETER, "TaskDetailNo");
		}
		return new Reply(this.tasks.acknowledge(request.userId(), detailNos));
	}

	record Reply(@JsonProperty("Result") int result) {
	}

}
