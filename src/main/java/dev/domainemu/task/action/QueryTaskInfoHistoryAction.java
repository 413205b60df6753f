package dev.domainemu.task.action;

import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.task.TaskQueries;

import org.springframework.stereotype.Component;

/**
 * The account's tasks, newest first, a page at a time by cursor. Without a cursor the
 * page starts at the newest task; with {@code TaskNoCursor} (and
 * {@code CreateTimeCursor}) taken from the previous reply's {@code NextPageCursor} it
 * starts at that task. {@code CreateTimeCursor} alone starts at the newest task created
 * in that millisecond or before.
 */
@Component
class QueryTaskInfoHistoryAction implements ActionHandler {

	private final TaskQueries tasks;

	private final TimeFormat time;

	QueryTaskInfoHistoryAction(TaskQueries tasks, TimeFormat time) {
		this.tasks = tasks;
		this.time = time;
	}

	@Override
	public String action() {
		return "QueryTaskInfoHistory";
	}

	@Override
	public Object handle(RpcRequest request) {
		int pageSize = request.requiredInt("PageSize", 1, 1000);
		String taskNoCursor = request.optionalString("TaskNoCursor", 64);
		Long createTimeCursor = request.has("CreateTimeCursor")
				? CreateTimeRange.millis(request, "CreateTimeCursor").toEpochMilli() : null;
		CreateTimeRange range = CreateTimeRange.of(request, this.time);
		return CursorReply.of(
				CursorReply.TaskInfoHistory::new, pageSize, this.tasks.taskHistory(request.userId(), pageSize,
						taskNoCursor, createTimeCursor, range.from(), range.to()),
				(task) -> TaskInfoHistoryWire.of(task, request.lang(), this.time));
	}

}
