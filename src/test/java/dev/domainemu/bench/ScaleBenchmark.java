package dev.domainemu.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scale benchmark ({@code bench/scale.sh}), not a test: starts the packaged emulator
 * in a process of its own (on the in-memory H2 default, or on an embedded PostgreSQL),
 * and for each size seeds that many waiting steps in bulk (half transfer-ins at Status 39
 * waiting for the registry, half lock tasks waiting to start, each over a held domain),
 * then reports the seeding rate, the heap the in-memory default holds per transfer-in
 * with its task, the time of one clock advance that makes every step due (and the steps
 * it chains), and p50/p99 of the read actions at that size.
 */
public final class ScaleBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String T0 = "2026-01-15T04:00:00Z";

	private final String base;

	private final Random random = new Random(20261202L);

	private ScaleBenchmark(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		String db = System.getProperty("db", "h2");
		List<Integer> sizes = Arrays.stream(System.getProperty("sizes", "1000,100000,1000000").split(","))
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		int calls = Integer.getInteger("calls", 1000);
		String jar = System.getProperty("jar");
		Path results = Path.of(System.getProperty("results", "bench/results"));
		Files.createDirectories(results);
		EmbeddedPostgres postgres = db.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						System.getProperty("heap", "-Xmx6g"), "-jar", jar, "--server.port=" + port,
						"--server.address=127.0.0.1"));
		if (postgres != null) {
			command.addAll(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password="));
		}
		Process emulator = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(results.resolve("scale-" + db + ".log").toFile())
			.start();
		try {
			ScaleBenchmark bench = new ScaleBenchmark("http://127.0.0.1:" + port);
			bench.awaitHealth(emulator);
			// rounds first that are not in the table (each prints its rows as it goes),
			// so
			// that every size is measured warm: the JIT has compiled the step runner's
			// code
			// only after some 300,000 steps
			int warmup = Integer.getInteger("warmup", 100_000);
			int warmupRounds = Integer.getInteger("warmupRounds", 3);
			for (int round = 1; warmup > 0 && round <= warmupRounds; round++) {
				System.out.println("warm-up round " + round + " of " + warmupRounds + ":");
				bench.run(db, warmup, 50, -1);
			}
			List<String> rows = new ArrayList<>();
			for (int size : sizes) {
				rows.addAll(bench.run(db, size, calls, emulator.pid()));
			}
			System.out.println();
			System.out.println("| db | waiting steps | measure | value |");
			System.out.println("|---|---|---|---|");
			rows.forEach(System.out::println);
		}
		finally {
			emulator.destroy();
			emulator.waitFor(30, TimeUnit.SECONDS);
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	private List<String> run(String db, int size, int calls, long pid) throws Exception {
		List<String> rows = new ArrayList<>();
		String label = "| " + db + " | " + String.format(Locale.ROOT, "%,d", size) + " | ";
		admin("POST", "/_emulator/reset", null);
		admin("PUT", "/_emulator/clock", Map.of("frozen", true, "now", T0));
		int count = size / 2;
		long heapBefore = (pid > 0) ? heapUsed(pid) : -1;
		Map<String, Object> seed = new LinkedHashMap<>();
		seed.put("prefix", "scale");
		seed.put("count", count);
		seed.put("tasks", Map.of("type", "SET_TRANSFER_PROHIBITED"));
		seed.put("transferIns", Map.of("status", 39));
		long seedStart = System.nanoTime();
		JsonNode made = admin("POST", "/_emulator/bulk", seed);
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
		rows.add(label + "bulk seeding (a transfer-in and a task over a held domain) | "
				+ String.format(Locale.ROOT, "%,.0f per second (%,d in %.1f s; %,.0f waiting steps per second)",
						count / seedSeconds, count, seedSeconds, 2 * count / seedSeconds)
				+ " |");
		if (db.equals("h2") && pid > 0) {
			long heapAfter = heapUsed(pid);
			rows.add(label + "heap per transfer-in with its task | "
					+ String.format(Locale.ROOT, "%,d bytes", (heapAfter - heapBefore) / count) + " |");
		}
		List<String> instanceIds = strings(made.path("instanceIds"));
		List<String> taskNos = strings(made.path("taskNos"));
		long advanceStart = System.nanoTime();
		admin("POST", "/_emulator/clock/advance", Map.of("seconds", 30));
		double advanceSeconds = (System.nanoTime() - advanceStart) / 1e9;
		JsonNode progression = admin("GET", "/_emulator/progression", null);
		long left = 0;
		for (String kind : List.of("registry", "task-start", "task-execution")) {
			left += progression.path(kind).path("pending").asLong();
		}
		long steps = 3L * count;
		rows.add(label + "clock advance over every due step | "
				+ String.format(Locale.ROOT, "%,.0f steps per second (%,d steps in %.1f s; %d left)",
						steps / advanceSeconds, steps, advanceSeconds, left)
				+ " |");
		if (db.equals("h2") && pid > 0) {
			rows.add(label + "heap per transfer-in with its task, once their steps ran | "
					+ String.format(Locale.ROOT, "%,d bytes", (heapUsed(pid) - heapBefore) / count) + " |");
		}
		Map<String, Query> queries = new LinkedHashMap<>();
		queries.put("QueryTransferInByInstanceId",
				() -> Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", pick(instanceIds)));
		queries.put("QueryTransferInList (page 1)",
				() -> Map.of("Action", "QueryTransferInList", "PageNum", "1", "PageSize", "10"));
		queries.put("QueryTransferInList (page 50)",
				() -> Map.of("Action", "QueryTransferInList", "PageNum", "50", "PageSize", "10"));
		queries.put("QueryTaskDetailList", () -> Map.of("Action", "QueryTaskDetailList", "TaskNo", pick(taskNos),
				"PageNum", "1", "PageSize", "10"));
		queries.put("PollTaskResult", () -> Map.of("Action", "PollTaskResult", "PageNum", "1", "PageSize", "10"));
		queries.put("QueryTaskList", () -> Map.of("Action", "QueryTaskList", "PageNum", "1", "PageSize", "10"));
		for (Map.Entry<String, Query> query : queries.entrySet()) {
			for (int i = 0; i < 200; i++) {
				rpc(query.getValue().parameters());
			}
			long[] nanos = new long[calls];
			for (int i = 0; i < calls; i++) {
				Map<String, String> parameters = query.getValue().parameters();
				long start = System.nanoTime();
				rpc(parameters);
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			rows.add(label + query.getKey() + " p50 / p99 | " + String.format(Locale.ROOT, "%.2f / %.2f ms",
					nanos[calls / 2] / 1e6, nanos[calls * 99 / 100] / 1e6) + " |");
		}
		rows.forEach(System.out::println);
		return rows;
	}

	private interface Query {

		Map<String, String> parameters();

	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.values().forEach((value) -> values.add(value.asString()));
		return values;
	}

	private void rpc(Map<String, String> parameters) throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder("Version=2018-01-29&Format=JSON");
		parameters.forEach((name, value) -> form.append('&')
			.append(name)
			.append('=')
			.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(this.base + "/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (reply.statusCode() != 200) {
			throw new IllegalStateException(parameters + " answered " + reply.statusCode() + ": " + reply.body());
		}
	}

	private JsonNode admin(String method, String path, Object body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofHours(2))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> reply = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (reply.statusCode() >= 300) {
			throw new IllegalStateException(
					method + " " + path + " answered " + reply.statusCode() + ": " + reply.body());
		}
		return reply.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(reply.body());
	}

	private void awaitHealth(Process emulator) throws InterruptedException {
		for (int i = 0; i < 1200; i++) {
			if (!emulator.isAlive()) {
				throw new IllegalStateException("the emulator exited; see its log in bench/results");
			}
			try {
				admin("GET", "/_emulator/health", null);
				return;
			}
			catch (IOException | IllegalStateException ex) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("the emulator did not start");
	}

	/** The heap in use after full collections, read with jcmd (bytes). */
	private static long heapUsed(long pid) throws IOException, InterruptedException {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		for (int i = 0; i < 2; i++) {
			new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectErrorStream(true)
				.start()
				.waitFor(60, TimeUnit.SECONDS);
		}
		Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
		String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		Matcher used = Pattern.compile("used (\\d+)K").matcher(text);
		if (!used.find()) {
			throw new IllegalStateException("no heap figure in: " + text);
		}
		return Long.parseLong(used.group(1)) * 1024;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
