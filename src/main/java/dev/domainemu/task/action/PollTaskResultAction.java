package dev.domainemu.task.action;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.PageReply;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.task.TaskDetailStatus;
import dev.domainemu.task.TaskQueries;

import org.springframework.stereotype.Component;

/**
 * Pages through task details that have finished (succeeded, or failed for good) and have
 * not been acknowledged with AcknowledgeTaskResult, in the order they finished.
 * {@code TaskResultStatus} 2 keeps only successes, 3 only failures.
 */
@Component
class PollTaskResultAction implements ActionHandler {

	private final TaskQueries tasks;

	private final TimeFormat time;

	PollTaskResultAction(TaskQueries tasks, TimeFormat time) {
		this.tasks = tasks;
		this.time = time;
	}

	@Override
	public String action() {
		return "PollTaskResult";
	}

	@Override
	public Object handle(RpcRequest request) {
		int pageNum = request.requiredInt("PageNum", 1, Integer.MAX_VALUE);
		int pageSize = request.requiredInt("PageSize", 1, 1000);
		Integer resultStatus = request.optionalInt("TaskResultStatus", 2, 3);
		String taskNo = request.optionalString("TaskNo", 64);
		String instanceId = request.optionalString("InstanceId", 64);
		String domainName = request.optionalDomainName("DomainName");
		return PageReply.of(
				this.tasks.results(request.userId(), pageNum, pageSize,
						(resultStatus != null) ? TaskDetailStatus.values()[resultStatus] : null, taskNo, instanceId,
						domainName),
				(details) -> new Data(details.stream()
					.map((detail) -> TaskDetailWire.of(detail, request.lang(), this.time).withoutFailReason())
					.toList()));
	}

	record Data(@JsonProperty("TaskDetail") List<TaskDetailWire> taskDetail) {
	}

}
