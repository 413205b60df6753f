package dev.domainemu.image;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's image (built with {@code docker build -f docker/Dockerfile -t
 * alibaba-domain-emulator .}) in a JUnit 5 test with Testcontainers: a domain seeded
 * through the control plane, its authorization code read through the legacy SDK.
 */
@Testcontainers(disabledWithoutDocker = true)
class TransferFlowIT {

	@Container
	static GenericContainer<?> emulator = new GenericContainer<>("alibaba-domain-emulator").withExposedPorts(8080)
		.withEnv("EMULATOR_CLOCK_FROZEN", "true")
		// a start takes seconds, longer on a busy machine: more than the default minute
		// is allowed
		.waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(3)));

	@Test
	void readsTheAuthorizationCode() throws Exception {
		String endpoint = emulator.getHost() + ":" + emulator.getMappedPort(8080);
		controlPlane(endpoint, "/_emulator/domains",
				"{\"domainName\":\"example.com\",\"transferAuthorizationCode\":\"Ab1#xyz89Kq7\"}");

		IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "anyKeyId", "anySecret"));
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		submit.setSysEndpoint(endpoint);
		submit.setSysProtocol(ProtocolType.HTTP);
		String taskNo = client.getAcsResponse(submit).getTaskNo();

		controlPlane(endpoint, "/_emulator/clock/advance", "{\"seconds\":5}");
		QueryTaskDetailListRequest details = new QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(10);
		details.setSysEndpoint(endpoint);
		details.setSysProtocol(ProtocolType.HTTP);
		assertThat(client.getAcsResponse(details).getData().get(0).getTaskResult()).isEqualTo("Ab1#xyz89Kq7");
	}

	private static void controlPlane(String endpoint, String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + endpoint + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).as(path + ": " + reply.body()).isLessThan(300);
	}

}
