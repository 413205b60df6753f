package dev.domainemu.task;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel submissions for one domain: the database lets exactly one through.
 */
class ConcurrentSubmissionTest extends EmulatorTest {

	private static final int PARALLEL = 50;

	@RepeatedTest(3)
	void fiftyParallelSubmissionsYieldExactlyOneTaskNo() throws Exception {
		seedDomain("race.com", null, false);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port
				+ "/?Action=SaveSingleTaskForQueryingTransferAuthorizationCode&Version=2018-01-29&Format=JSON&DomainName=race.com"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Future<HttpResponse<String>>> replies = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				replies.add(pool.submit(() -> {
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			int accepted = 0;
			int busy = 0;
			for (Future<HttpResponse<String>> reply : replies) {
				HttpResponse<String> response = reply.get();
				if (response.statusCode() == 200 && response.body().contains("\"TaskNo\"")) {
					accepted++;
				}
				else if (response.statusCode() == 400
						&& response.body().contains("\"Code\":\"TaskIsBeingProcessed\"")) {
					busy++;
				}
			}
			assertThat(accepted).isEqualTo(1);
			assertThat(busy).isEqualTo(PARALLEL - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
