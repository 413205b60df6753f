package dev.domainemu.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The image built from {@code docker/Dockerfile} out of the sources, as
 * {@code docker build} does on a fresh clone: the build context holds exactly what
 * {@code .dockerignore} lets through, so no jar packaged beforehand can stand in for the
 * build stage. It is started with Testcontainers and driven through the official SDK.
 * Without a Docker engine it is skipped, saying so; with
 * {@code EMULATOR_REQUIRE_DOCKER=true} (as in CI) it fails instead.
 * {@code EMULATOR_BUILD_IMAGE} and {@code EMULATOR_BASE_IMAGE} pick the build stage's JDK
 * image and the base image (images built locally where no registry is reachable). The
 * build runs without Ryuk (the failsafe configuration turns it off): the test stops its
 * container itself, so an engine that cannot pull Ryuk's image needs no setting.
 */
class EmulatorImageIT {

	private static final String NO_DOCKER = "No Docker engine answers (DOCKER_HOST or /var/run/docker.sock),"
			+ " so the image is neither built nor tested";

	private static GenericContainer<?> emulator;

	private static boolean docker;

	@BeforeAll
	static void start() throws IOException {
		docker = DockerClientFactory.instance().isDockerAvailable();
		if (!docker) {
			assertThat(System.getenv("EMULATOR_REQUIRE_DOCKER"))
				.as("EMULATOR_REQUIRE_DOCKER is set, but no Docker engine answers")
				.isNotEqualToIgnoringCase("true");
			System.err.println("EmulatorImageIT: " + NO_DOCKER);
			return;
		}
		ImageFromDockerfile image = new ImageFromDockerfile("alibaba-domain-emulator", false)
			.withFileFromPath("docker/Dockerfile", Path.of("docker", "Dockerfile"))
			.withDockerfilePath("docker/Dockerfile");
		for (String admitted : admittedByDockerignore()) {
			image.withFileFromPath(admitted, Path.of(admitted));
		}
		buildArg(image, "BUILD_IMAGE", System.getenv("EMULATOR_BUILD_IMAGE"));
		buildArg(image, "BASE_IMAGE", System.getenv("EMULATOR_BASE_IMAGE"));
		emulator = new GenericContainer<>(image).withExposedPorts(8080)
			.withEnv("EMULATOR_CLOCK_FROZEN", "true")
			.waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(2)));
		emulator.start();
	}

	/**
	 * The paths {@code .dockerignore} lets through: it ignores everything ({@code *}) and
	 * then admits each path named with a {@code !}.
	 */
	private static List<String> admittedByDockerignore() throws IOException {
		List<String> lines = Files.readAllLines(Path.of(".dockerignore"));
		assertThat(lines).as(".dockerignore ignores everything first").contains("*");
		List<String> admitted = lines.stream()
			.filter((line) -> line.startsWith("!"))
			.map((line) -> line.substring(1).replaceAll("/$", ""))
			.toList();
		assertThat(admitted).allSatisfy((path) -> assertThat(Path.of(path)).exists());
		assertThat(admitted).doesNotContain("target");
		return admitted;
	}

	private static void buildArg(ImageFromDockerfile image, String name, String value) {
		if (value != null && !value.isBlank()) {
			image.withBuildArg(name, value);
		}
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
		assertThat(emulator.execInContainer("bash", "-c", "ls /app/lib | grep -c '\\.jar$'").getStdout().trim())
			.as("the libraries, a layer apart from the application")
			.matches("[1-9][0-9]+");
		assertThat(emulator.getCurrentContainerInfo().getState().getHealth().getStatus()).isEqualTo("healthy");
	}

}
