package dev.domainemu.task.action;

import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ActionHandler;
import dev.domainemu.rpc.RpcRequest;
import dev.domainemu.task.TaskDetailStatus;
import dev.domainemu.task.TaskQueries;

import org.springframework.stereotype.Component;

/**
 * One task's details in submission order, a page at a time by cursor. The next page
 * starts at {@code TaskDetailNoCursor} (or, without it, at {@code DomainNameCursor}),
 * taken from the previous reply's {@code NextPageCursor}. An unknown TaskNo or a cursor
 * naming no detail of the task gives an empty page.
 */
@Component
class QueryTaskDetailHistoryAction implements ActionHandler {

	private final TaskQueries tasks;

	private final TimeFormat time;

	QueryTaskDetailHistoryAction(TaskQueries tasks, TimeFormat time) {
		this.tasks = tasks;
		this.time = time;
	}

	@Override
	public String action() {
		return "QueryTaskDetailHistory";
	}

	@Override
	public Object handle(RpcRequest request) {
		String taskNo = request.requiredString("TaskNo", 64);
		int pageSize = request.requiredInt("PageSize", 1, 1000);
		String domainName = request.optionalDomainName("DomainName");
		Integer status = request.optionalInt("TaskStatus", 0, 3);
		String domainNameCursor = request.optionalDomainName("DomainNameCursor");
		String taskDetailNoCursor = request.optionalString("TaskDetailNoCursor", 64);
		return CursorReply.of(CursorReply.TaskDetailHistory::new, pageSize,
				this.tasks.detailHistory(request.userId(), taskNo, pageSize,
						(status != null) ? TaskDetailStatus.values()[status] : null, domainName, domainNameCursor,
						taskDetailNoCursor),
				(detail) -> TaskDetailHistoryWire.of(detail, request.lang(), this.time));
	}

}
