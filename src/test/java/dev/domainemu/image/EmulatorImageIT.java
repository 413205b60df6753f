package dev.domainemu.image;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.Admin;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * The image built from {@code docker/Dockerfile} around the packaged jar, started with
 * Testcontainers and driven through the official SDK. Without a Docker engine it is
 * skipped, saying so; with {@code EMULATOR_REQUIRE_DOCKER=true} (as in CI) it fails
 * instead. {@code EMULATOR_BASE_IMAGE} picks the base image (a locally built one where no
 * registry is reachable).
 */
class EmulatorImageIT {

	private static final String NO_DOCKER = "No Docker engine answers (DOCKER_HOST or /var/run/docker.sock),"
			+ " so the image is neither built nor tested";

	private static GenericContainer<?> emulator;

	private static boolean docker;

	@BeforeAll
	static void start() {
		docker = DockerClientFactory.instance().isDockerAvailable();
		if (!docker) {
			assertThat(System.getenv("EMULATOR_REQUIRE_DOCKER"))
				.as("EMULATOR_REQUIRE_DOCKER is set, but no Docker engine answers")
				.isNotEqualToIgnoringCase("true");
			System.err.println("EmulatorImageIT: " + NO_DOCKER);
			return;
		}
		Path jar = Path.of(System.getProperty("emulator.jar"));
		assertThat(jar).exists();
		ImageFromDockerfile image = new ImageFromDockerfile("alibaba-domain-emulator-it", false)
			.withFileFromPath("Dockerfile", Path.of("docker", "Dockerfile"))
			.withFileFromPath("target/" + jar.getFileName(), jar)
			.withBuildArg("JAR", "target/" + jar.getFileName());
		String base = System.getenv("EMULATOR_BASE_IMAGE");
		if (base != null && !base.isBlank()) {
			image.withBuildArg("BASE_IMAGE", base);
		}
		emulator = new GenericContainer<>(image).withExposedPorts(8080)
			.withEnv("EMULATOR_CLOCK_FROZEN", "true")
			.waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(2)));
		emulator.start();
	}

	@AfterAll
	static void stop() {
		if (emulator != null) {
			emulator.stop();
		}
	}

	@BeforeEach
	void needsDocker() {
		Assumptions.assumeTrue(docker, NO_DOCKER);
	}

	private static String endpoint() {
		return emulator.getHost() + ":" + emulator.getMappedPort(8080);
	}

	@Test
	void theContainerAnswersTheOfficialSdkAndItsControlPlane() throws Exception {
		Admin.at("http://" + endpoint(), Map.of("domainName", "boxed.com", "transferAuthorizationCode", "Box#Code1"))
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
		for (FormatType format : new FormatType[] { FormatType.JSON, FormatType.XML }) {
			LegacySdk sdk = new LegacySdk(endpoint(), format);
			SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
			submit.setDomainName("boxed.com");
			String taskNo = sdk.call(submit).getTaskNo();
			assertThat(catchThrowableOfType(ClientException.class, () -> sdk.call(submit)).getErrCode())
				.isEqualTo("TaskIsBeingProcessed");
			Admin.at("http://" + endpoint(), Map.of("seconds", 5))
				.post("/_emulator/clock/advance")
				.then()
				.statusCode(200);
			QueryTaskDetailListResponse done = sdk.call(LegacySdk.taskDetails(taskNo));
			assertThat(done.getData()).singleElement().satisfies((detail) -> {
				assertThat(detail.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
				assertThat(detail.getTaskResult()).isEqualTo("Box#Code1");
			});
		}
		Admin.at("http://" + endpoint()).get("/_emulator/clock").then().body("frozen", equalTo(true));
	}

	@Test
	void itRunsAsANonRootUserWithTheStartupCacheBakedIn() throws Exception {
		assertThat(emulator.execInContainer("id", "-u").getStdout().trim()).isEqualTo("10001");
		String flags = emulator.execInContainer("cat", "/app/jvm-cache-flags").getStdout().trim();
		assertThat(flags).matches("-XX:(AOTCache=/app/emulator\\.aot|SharedArchiveFile=/app/emulator\\.jsa)");
		String cache = flags.substring(flags.indexOf('=') + 1);
		assertThat(emulator.execInContainer("test", "-s", cache).getExitCode()).as(cache + " is not empty").isZero();
		assertThat(emulator.getCurrentContainerInfo().getState().getHealth().getStatus()).isEqualTo("healthy");
	}

}
