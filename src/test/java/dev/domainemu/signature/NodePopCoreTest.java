package dev.domainemu.signature;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Node client {@code @alicloud/pop-core} 1.8.0 ({@code RPCClient}, V1), installed
 * from npm and run by {@code node}, GET and POST, in {@code enforce} mode. Without
 * {@code npm} on the PATH the test says so and is skipped; CI installs it.
 */
@TestPropertySource(properties = "emulator.signature.mode=enforce")
class NodePopCoreTest extends EmulatorTest {

	private static final Path CLIENTS = Path.of("target/node-clients");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String keyId;

	private String secret;

	@BeforeAll
	static void install() throws Exception {
		Assumptions.assumeTrue(onPath("npm") && onPath("node"),
				"npm and node are not on the PATH: the @alicloud/pop-core test needs them (CI installs them)");
		if (!Files.isDirectory(CLIENTS.resolve("node_modules/@alicloud/pop-core"))) {
			Files.createDirectories(CLIENTS);
			run(List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", CLIENTS.toString(),
					"@alicloud/pop-core@1.8.0"), 180);
		}
	}

	private static boolean onPath(String command) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, command))) {
				return true;
			}
		}
		return false;
	}

	private static String run(List<String> command, int seconds) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(done).as("%s ended within %d s: %s", command, seconds, output).isTrue();
		assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
		return output;
	}

	@BeforeEach
	void account() {
		JsonPath account = newAccount();
		this.keyId = account.getString("accessKeyId");
		this.secret = account.getString("accessKeySecret");
		seedDomainForKey(this.keyId, "example.com");
	}

	/** What the client answered, or {@code {"error": code}}. */
	private JsonNode call(String method, String secret, String action, Map<String, String> parameters)
			throws Exception {
		Path script = CLIENTS.resolve("call-" + UUID.randomUUID() + ".js");
		Files.writeString(script, """
				const RPCClient = require('@alicloud/pop-core').RPCClient;
				const client = new RPCClient({ accessKeyId: %s, accessKeySecret: %s,
				  endpoint: 'http://%s', apiVersion: '2018-01-29' });
				client.request(%s, %s, { method: %s, formatParams: false })
				  .then((reply) => console.log(JSON.stringify(reply)))
				  .catch((error) => console.log(JSON.stringify({ error: error.code || String(error) })));
				""".formatted(JSON.writeValueAsString(this.keyId), JSON.writeValueAsString(secret), endpoint(),
				JSON.writeValueAsString(action), JSON.writeValueAsString(parameters), JSON.writeValueAsString(method)));
		try {
			String output = run(List.of("node", script.toAbsolutePath().toString()), 60);
			return JSON.readTree(output.strip().lines().reduce((first, last) -> last).orElse("{}"));
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "GET" })
	void popCoresSignaturePasses(String method) throws Exception {
		JsonNode submitted = call(method, this.secret, "SaveSingleTaskForQueryingTransferAuthorizationCode",
				Map.of("DomainName", "example.com"));
		assertThat(submitted.path("TaskNo").asString()).as(submitted.toString()).isNotBlank();
		JsonNode wrong = call(method, this.secret + "x", "QueryTaskList", Map.of("PageNum", "1", "PageSize", "10"));
		assertThat(wrong.path("error").asString()).as(wrong.toString()).isEqualTo("SignatureDoesNotMatch");
	}

}
