package dev.domainemu.task.action;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.PageReply;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.task.TaskQueries;

import org.springframework.stereotype.Component;

/**
 * Pages through the account's tasks, newest first, one row per task, optionally only
 * those created from the day of {@code BeginCreateTime} to the day of
 * {@code EndCreateTime}.
 */
@Component
class QueryTaskListAction implements ActionHandler {

	private final TaskQueries tasks;

	private final TimeFormat time;

	QueryTaskListAction(TaskQueries tasks, TimeFormat time) {
		this.tasks = tasks;
		this.time = time;
	}

	@Override
	public String action() {
		return "QueryTaskList";
	}

	@Override
	public Object handle(RpcRequest request) {
		int pageNum = request.requiredInt("PageNum", 1, Integer.MAX_VALUE);
		int pageSize = request.requiredInt("PageSize", 1, 1000);
		CreateTimeRange range = CreateTimeRange.of(request, this.time);
		return PageReply.of(this.tasks.tasks(request.userId(), pageNum, pageSize, range.from(), range.to()),
				(tasks) -> new Data(
						tasks.stream().map((task) -> TaskInfoWire.of(task, request.lang(), this.time)).toList()));
	}

	record Data(@JsonProperty("TaskInfo") List<TaskInfoWire> taskInfo) {
	}

}
