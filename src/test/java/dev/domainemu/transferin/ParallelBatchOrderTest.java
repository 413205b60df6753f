package dev.domainemu.transferin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.aliyuncs.domain.model.v20180129.QueryTransferInListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInListResponse;
import com.aliyuncs.domain.model.v20180129.SaveBatchTaskForCreatingOrderTransferRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCreatingOrderTransferRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * 100 transfers ordered through SaveBatchTaskForCreatingOrderTransfer by parallel
 * callers, every batch sent twice at the same moment: each domain's order is taken
 * exactly once, and afterwards each domain has exactly one transfer-in. A later order for
 * a domain being transferred is refused.
 */
class ParallelBatchOrderTest extends EmulatorTest {

	private static final int BATCHES = 10;

	private static final int PER_BATCH = 10;

	@Test
	void parallelBatchesMakeEachTransferExactlyOnce() throws Exception {
		LegacySdk sdk = new LegacySdk(endpoint(), FormatType.JSON);
		List<SaveBatchTaskForCreatingOrderTransferRequest> batches = new ArrayList<>();
		for (int b = 0; b < BATCHES; b++) {
			List<SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam> params = new ArrayList<>();
			for (int i = 0; i < PER_BATCH; i++) {
				SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam param = new SaveBatchTaskForCreatingOrderTransferRequest.OrderTransferParam();
				param.setDomainName("parallel-" + b + "-" + i + ".com");
				param.setAuthorizationCode("Ab1#xyz89Kq7");
				param.setRegistrantProfileId(1001L);
				params.add(param);
			}
			SaveBatchTaskForCreatingOrderTransferRequest batch = new SaveBatchTaskForCreatingOrderTransferRequest();
			batch.setOrderTransferParams(params);
			batches.add(batch);
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2 * BATCHES);
		Map<Integer, List<String>> outcomes = new HashMap<>();
		try {
			List<Future<String>> replies = new ArrayList<>();
			for (int copy = 0; copy < 2; copy++) {
				for (SaveBatchTaskForCreatingOrderTransferRequest batch : batches) {
					replies.add(pool.submit(() -> {
						start.await();
						try {
							return "TaskNo:" + sdk.call(batch).getTaskNo();
						}
						catch (ClientException ex) {
							return ex.getErrCode();
						}
					}));
				}
			}
			start.countDown();
			for (int i = 0; i < replies.size(); i++) {
				outcomes.computeIfAbsent(i % BATCHES, (b) -> new ArrayList<>()).add(replies.get(i).get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		outcomes.forEach((batch, both) -> assertThat(both).as("batch %d", batch)
			.satisfiesExactlyInAnyOrder((one) -> assertThat(one).startsWith("TaskNo:"),
					(other) -> assertThat(other).isEqualTo("TaskIsBeingProcessed")));

		advanceSeconds(3);
		QueryTransferInListRequest list = new QueryTransferInListRequest();
		list.setPageNum(1);
		list.setPageSize(1000);
		list.setDomainName("parallel-");
		QueryTransferInListResponse all = sdk.call(list);
		assertThat(all.getTotalItemNum()).isEqualTo(BATCHES * PER_BATCH);
		assertThat(all.getData()).extracting(QueryTransferInListResponse.TransferInInfo::getDomainName)
			.doesNotHaveDuplicates()
			.hasSize(BATCHES * PER_BATCH);
		assertThat(all.getData()).allSatisfy((transfer) -> assertThat(transfer.getStatus()).isEqualTo(10));

		SaveSingleTaskForCreatingOrderTransferRequest again = new SaveSingleTaskForCreatingOrderTransferRequest();
		again.setDomainName("parallel-3-7.com");
		again.setAuthorizationCode("Ab1#xyz89Kq7");
		again.setRegistrantProfileId(1001L);
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(again)).getErrCode())
			.isEqualTo("TaskIsBeingProcessed");
		assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(batches.get(5))).getErrCode())
			.isEqualTo("TaskIsBeingProcessed");
		advanceSeconds(60);
		assertThat(sdk.call(list).getTotalItemNum()).isEqualTo(BATCHES * PER_BATCH);
	}

}
