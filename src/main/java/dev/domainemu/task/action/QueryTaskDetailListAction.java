package dev.domainemu.task.action;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.PageReply;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.task.TaskDetailRecord;
import dev.domainemu.task.TaskDetailStatus;
import dev.domainemu.task.TaskQueries;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Pages through the details of one task: where a transfer authorization code is read. An
 * unknown TaskNo gives an empty page.
 */
@Component
class QueryTaskDetailListAction implements ActionHandler {

	private final TaskQueries tasks;

	private final TimeFormat time;

	QueryTaskDetailListAction(TaskQueries tasks, TimeFormat time) {
		this.tasks = tasks;
		this.time = time;
	}

	@Override
	public String action() {
		return "QueryTaskDetailList";
	}

	@Override
	public Object handle(RpcRequest request) {
		String taskNo = request.requiredString("TaskNo", 64);
		int pageNum = request.requiredInt("PageNum", 1, Integer.MAX_VALUE);
		int pageSize = request.requiredInt("PageSize", 1, 1000);
		Integer status = request.optionalInt("TaskStatus", 0, 3);
		String instanceId = request.optionalString("InstanceId", 64);
		String domainName = request.optionalDomainName("DomainName");
		Page<TaskDetailRecord> page = this.tasks.details(request.userId(), taskNo, pageNum, pageSize,
				(status != null) ? TaskDetailStatus.values()[status] : null, instanceId, domainName);
		return PageReply.of(page, (details) -> new Data(
				details.stream().map((detail) -> TaskDetailWire.of(detail, request.lang(), this.time)).toList()));
	}

	record Data(@JsonProperty("TaskDetail") List<TaskDetailWire> taskDetail) {
	}

}
