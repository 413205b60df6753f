package dev.domainemu.parallel;

import java.util.List;

import com.aliyuncs.domain.model.v20180129.AcknowledgeTaskResultRequest;
import com.aliyuncs.domain.model.v20180129.PollTaskResultRequest;
import com.aliyuncs.domain.model.v20180129.PollTaskResultResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Results polled and acknowledged in a namespace: its own, and no one else's. */
class ParallelPollTest {

	@Test
	void finishedResultsArePolledUntilAcknowledged() throws ClientException {
		Namespace namespace = Namespace.fresh();
		LegacySdk sdk = namespace.sdk(FormatType.XML);
		namespace.seedDomain("held.com", null);
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("held.com");
		sdk.call(submit);
		assertThat(poll(sdk).getTotalItemNum()).isZero();
		namespace.advanceSeconds(5);
		PollTaskResultResponse finished = poll(sdk);
		assertThat(finished.getData()).singleElement()
			.satisfies((detail) -> assertThat(detail.getDomainName()).isEqualTo("held.com"));
		AcknowledgeTaskResultRequest ack = new AcknowledgeTaskResultRequest();
		ack.setTaskDetailNos(List.of(finished.getData().get(0).getTaskDetailNo()));
		assertThat(sdk.call(ack).getResult()).isEqualTo(1);
		assertThat(poll(sdk).getTotalItemNum()).isZero();
	}

	private static PollTaskResultResponse poll(LegacySdk sdk) throws ClientException {
		PollTaskResultRequest poll = new PollTaskResultRequest();
		poll.setPageNum(1);
		poll.setPageSize(20);
		return sdk.call(poll);
	}

}
