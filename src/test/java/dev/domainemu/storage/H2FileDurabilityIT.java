package dev.domainemu.storage;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.Admin;
import dev.domainemu.support.LegacySdk;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged jar on an H2 file ({@code --spring.profiles.active=file}): what was
 * acknowledged before the process is killed with {@code kill -9} is there after a
 * restart, the clock's setting included.
 */
class H2FileDurabilityIT {

	@TempDir
	Path dataDir;

	private Process emulator;

	private int port;

	@AfterEach
	void stop() {
		if (this.emulator != null) {
			this.emulator.destroyForcibly();
		}
	}

	private void start() throws IOException, InterruptedException {
		try (ServerSocket free = new ServerSocket(0)) {
			this.port = free.getLocalPort();
		}
		String jar = System.getProperty("emulator.jar");
		assertThat(jar).as("the packaged jar (system property emulator.jar)").isNotBlank();
		assertThat(new File(jar)).exists();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// the client compiler alone starts the emulator about a quarter sooner; what is
		// tested is what survives a kill, not how fast the writes run
		this.emulator = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx512m", "-jar",
				jar, "--server.port=" + this.port, "--server.address=127.0.0.1", "--spring.profiles.active=file",
				"--emulator.data-dir=" + this.dataDir)
			.redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve("emulator-" + System.nanoTime() + ".log").toFile())
			.start();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "/_emulator/health")).build();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (true) {
			assertThat(this.emulator.isAlive()).as("the emulator process is running").isTrue();
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			assertThat(Instant.now()).as("the emulator answers within 90 s").isBefore(deadline);
			Thread.sleep(50);
		}
	}

	private void killHard() throws InterruptedException {
		this.emulator.destroyForcibly();
		this.emulator.waitFor();
		this.emulator = null;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private RequestSpecification admin(Object body) {
		return Admin.at(base(), body);
	}

	/**
	 * One life of the emulator, then another: tasks submitted one after the other, then
	 * eight writers at once, killed in the middle of them; after the restart every
	 * acknowledged write is there, the clock's setting too, and the tasks go on.
	 */
	@Test
	void whatWasAcknowledgedBeforeKillNineIsThereAfterARestart() throws Exception {
		start();
		admin(Map.of("now", "2026-05-01T08:00:00Z", "frozen", true)).put("/_emulator/clock").then().statusCode(200);
		LegacySdk sdk = new LegacySdk("127.0.0.1:" + this.port, FormatType.JSON);
		List<String> taskNos = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String domainName = "durable-" + i + ".com";
			admin(Map.of("domainName", domainName, "transferAuthorizationCode", "Dur#" + i)).post("/_emulator/domains")
				.then()
				.statusCode(201);
			SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
			submit.setDomainName(domainName);
			taskNos.add(sdk.call(submit).getTaskNo());
		}
		List<String> written = writeUntilKilled();

		start();
		Admin.at(base())
			.get("/_emulator/clock")
			.then()
			.body("now", equalTo("2026-05-01T08:00:00Z"))
			.body("frozen", equalTo(true));
		for (int i = 0; i < 30; i++) {
			Admin.at(base()).get("/_emulator/domains/durable-" + i + ".com").then().statusCode(200);
		}
		for (String domainName : written) {
			Admin.at(base()).get("/_emulator/domains/" + domainName).then().statusCode(200);
		}
		assertThat(written).hasSizeGreaterThanOrEqualTo(200);
		LegacySdk again = new LegacySdk("127.0.0.1:" + this.port, FormatType.JSON);
		for (String taskNo : taskNos) {
			assertThat(again.call(LegacySdk.taskDetails(taskNo)).getData()).singleElement()
				.satisfies((detail) -> assertThat(detail.getTaskStatus()).isEqualTo("WAITING_EXECUTE"));
		}
		admin(Map.of("seconds", 5)).post("/_emulator/clock/advance").then().statusCode(200);
		assertThat(again.call(LegacySdk.taskDetails(taskNos.get(29))).getData()).singleElement()
			.satisfies((detail) -> assertThat(detail.getTaskResult()).isEqualTo("Dur#29"));
	}

	/**
	 * Eight writers add domains at once; the emulator is killed while they are still
	 * writing, once at least 200 writes were acknowledged.
	 * @return the domains whose writes were acknowledged
	 */
	private List<String> writeUntilKilled() throws Exception {
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean stop = new AtomicBoolean();
		CountDownLatch enough = new CountDownLatch(200);
		HttpClient http = HttpClient.newHttpClient();
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			int writer = w;
			Thread thread = new Thread(() -> {
				for (int i = 0; !stop.get(); i++) {
					String domainName = "writer-" + writer + "-" + i + ".com";
					HttpRequest post = HttpRequest.newBuilder(URI.create(base() + "/_emulator/domains"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"domainName\":\"" + domainName + "\"}"))
						.build();
					try {
						if (http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
							acknowledged.add(domainName);
							enough.countDown();
						}
					}
					catch (IOException ex) {
						return;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
			thread.start();
			writers.add(thread);
		}
		assertThat(enough.await(60, TimeUnit.SECONDS)).as("200 writes acknowledged").isTrue();
		// killed while the writers are still writing
		killHard();
		stop.set(true);
		for (Thread writer : writers) {
			writer.join();
		}
		return List.copyOf(acknowledged);
	}

}
