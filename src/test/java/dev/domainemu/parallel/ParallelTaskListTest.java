package dev.domainemu.parallel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.aliyuncs.domain.model.v20180129.QueryTaskInfoHistoryRequest;
import com.aliyuncs.domain.model.v20180129.QueryTaskInfoHistoryResponse;
import com.aliyuncs.domain.model.v20180129.QueryTaskListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTaskListResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twelve tasks in a namespace, paged by number and by cursor: exactly those, whatever the
 * other namespaces submit meanwhile.
 */
class ParallelTaskListTest {

	@Test
	void theAccountsTasksArePagedByNumberAndByCursor() throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = namespace.sdk(FormatType.JSON);
		List<String> submitted = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String domainName = "task-" + i + ".com";
			namespace.seedDomain(domainName, null);
			SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
			submit.setDomainName(domainName);
			submitted.add(sdk.call(submit).getTaskNo());
			namespace.advanceSeconds(1);
		}
		Set<String> paged = new HashSet<>();
		for (int page = 1; page <= 3; page++) {
			QueryTaskListRequest list = new QueryTaskListRequest();
			list.setPageNum(page);
			list.setPageSize(5);
			QueryTaskListResponse reply = sdk.call(list);
			assertThat(reply.getTotalItemNum()).isEqualTo(12);
			reply.getData().forEach((task) -> paged.add(task.getTaskNo()));
		}
		assertThat(paged).containsExactlyInAnyOrderElementsOf(submitted);
		Set<String> walked = new HashSet<>();
		QueryTaskInfoHistoryRequest history = new QueryTaskInfoHistoryRequest();
		history.setPageSize(5);
		for (int i = 0; i < 10; i++) {
			QueryTaskInfoHistoryResponse reply = sdk.call(history);
			reply.getObjects().forEach((task) -> walked.add(task.getTaskNo()));
			if (reply.getNextPageCursor() == null || reply.getNextPageCursor().getTaskNo() == null) {
				break;
			}
			history = new QueryTaskInfoHistoryRequest();
			history.setPageSize(5);
			history.setTaskNoCursor(reply.getNextPageCursor().getTaskNo());
			history.setCreateTimeCursor(reply.getNextPageCursor().getCreateTimeLong());
		}
		assertThat(walked).containsExactlyInAnyOrderElementsOf(submitted);
	}

}
