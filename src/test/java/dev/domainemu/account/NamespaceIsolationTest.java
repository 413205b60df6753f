package dev.domainemu.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two accounts with the same domain names, transfers and tasks are two worlds: through
 * every implemented action, one never sees the other's data (another account's instance,
 * task, detail or mail token answers exactly as one that does not exist), and a clock
 * advance, a policy change, a fault rule and a reset in one leave every reply of the
 * other byte for byte as it was, the RequestId aside.
 */
class NamespaceIsolationTest extends EmulatorTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern REQUEST_ID = Pattern
		.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");

	private static final String UNKNOWN_TASK_NO = "00000000-0000-4000-8000-000000000000";

	private Account a;

	private Account b;

	/** What the control plane showed of each account's world once it was seeded. */
	private final Map<String, String> seeded = new LinkedHashMap<>();

	record Account(String tag, String userId, String accessKeyId) {
	}

	/** What the world of an account holds, by the ids the emulator gave it. */
	record World(List<String> instanceIds, List<String> taskNos, List<String> taskDetailNos, String mailToken) {

		Set<String> secrets(String tag) {
			Set<String> all = new LinkedHashSet<>();
			all.addAll(this.instanceIds);
			all.addAll(this.taskNos);
			all.addAll(this.taskDetailNos);
			all.add(this.mailToken);
			all.add("Code-" + tag);
			all.add("Reg-" + tag);
			all.add("owner-" + tag + "@");
			all.add("whois-" + tag + "@");
			return all;
		}

	}

	@BeforeEach
	void twoWorlds() {
		this.a = account("a");
		this.b = account("b");
	}

	/**
	 * One call of each implemented action per account's own data, and each action that
	 * names an instance, task, detail or token called as B with A's: that answers exactly
	 * as a made-up id does, and nothing B sees names anything of A's.
	 */
	@Test
	void noActionShowsOrTouchesAnotherAccountsData() {
		World worldA = seed(this.a);
		World worldB = seed(this.b);
		Set<String> covered = new TreeSet<>();
		List<String> leaks = new ArrayList<>();
		for (Map<String, String> call : ownCalls(worldB)) {
			covered.add(call.get("Action"));
			for (String format : List.of("JSON", "XML")) {
				String reply = call(this.b, format, call);
				worldA.secrets("a")
					.stream()
					.filter(reply::contains)
					.forEach((secret) -> leaks.add(call.get("Action") + " " + format + " shows " + secret));
			}
		}
		for (Probe probe : probes(worldA)) {
			covered.add(probe.call().get("Action"));
			Map<String, String> theirs = probe.call();
			Map<String, String> madeUp = new LinkedHashMap<>(theirs);
			madeUp.put(probe.parameter(), probe.madeUp());
			for (String format : List.of("JSON", "XML")) {
				String withTheirs = normalized(call(this.b, format, theirs), theirs.get(probe.parameter()));
				String withMadeUp = normalized(call(this.b, format, madeUp), probe.madeUp());
				assertThat(withTheirs).as(probe + " " + format).isEqualTo(withMadeUp);
			}
		}
		assertThat(leaks).isEmpty();
		List<String> implemented = admin().get("/_emulator/actions").jsonPath().getList("implemented");
		assertThat(covered).as("every implemented action is called").containsAll(implemented);
		// A's world is as A left it: B's calls on the same names acted on B's alone
		assertThat(snapshot(this.a)).isEqualTo(this.seeded.get(this.a.userId()));
	}

	/**
	 * B's replies to every read action stay byte for byte the same (RequestId aside)
	 * while A's clock moves a day, A's steps go manual, a fault rule answers every call
	 * of A's, and A is reset.
	 */
	@Test
	void changesOfOneAccountLeaveTheOthersRepliesAsTheyWere() {
		seed(this.a);
		World worldB = seed(this.b);
		List<String> before = reads(worldB);

		admin(Map.of("seconds", 86_400)).queryParam("account", this.a.userId())
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(200);
		assertThat(reads(worldB)).as("after A's clock moved").isEqualTo(before);

		Map<String, Object> manual = new LinkedHashMap<>();
		admin().get("/_emulator/progression")
			.jsonPath()
			.getMap("$")
			.keySet()
			.forEach((kind) -> manual.put((String) kind, Map.of("policy", "manual")));
		admin(manual).queryParam("account", this.a.userId()).put("/_emulator/progression").then().statusCode(200);
		assertThat(admin().queryParam("account", this.b.userId()).get("/_emulator/progression").asString())
			.doesNotContain("manual");
		assertThat(reads(worldB)).as("after A's policies changed").isEqualTo(before);

		admin(Map.of("account", this.a.userId(), "match", Map.of(), "error",
				Map.of("code", "ServiceUnavailable", "httpStatus", 503)))
			.post("/_emulator/faults")
			.then()
			.statusCode(201);
		assertThat(call(this.a, "JSON", Map.of("Action", "QueryTransferInList", "PageNum", "1", "PageSize", "20")))
			.startsWith("503 ");
		assertThat(reads(worldB)).as("after a fault rule for A").isEqualTo(before);

		admin().queryParam("account", this.a.userId()).post("/_emulator/reset").then().statusCode(204);
		assertThat(admin().queryParam("account", this.a.userId()).get("/_emulator/transfer-ins").asString())
			.isEqualTo("[]");
		assertThat(reads(worldB)).as("after A was reset").isEqualTo(before);
	}

	/** One account's unfinished task on a domain does not hold up another's. */
	@Test
	void anUnfinishedTaskHoldsItsDomainForItsAccountAlone() {
		for (Account account : List.of(this.a, this.b)) {
			admin(Map.of("domainName", "shared.com")).queryParam("account", account.userId())
				.post("/_emulator/domains")
				.then()
				.statusCode(201);
		}
		Map<String, String> authCode = Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode",
				"DomainName", "shared.com");
		assertThat(call(this.a, "JSON", authCode)).startsWith("200 ");
		assertThat(call(this.a, "JSON", authCode)).startsWith("400 ").contains("TaskIsBeingProcessed");
		assertThat(call(this.b, "JSON", authCode)).startsWith("200 ");
	}

	/** Reads of every kind B can make, in both formats, normalised. */
	private List<String> reads(World world) {
		List<String> replies = new ArrayList<>();
		for (Map<String, String> call : readCalls(world)) {
			for (String format : List.of("JSON", "XML")) {
				replies.add(call.get("Action") + " " + format + " " + normalized(call(this.b, format, call), null));
			}
		}
		return replies;
	}

	private static List<Map<String, String>> readCalls(World world) {
		List<Map<String, String>> calls = new ArrayList<>();
		world.instanceIds()
			.forEach((id) -> calls.add(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", id)));
		calls.add(Map.of("Action", "QueryTransferInList", "PageNum", "1", "PageSize", "20"));
		calls.add(Map.of("Action", "QueryTaskList", "PageNum", "1", "PageSize", "20"));
		calls.add(Map.of("Action", "QueryTaskInfoHistory", "PageSize", "20"));
		world.taskNos().forEach((taskNo) -> {
			calls.add(Map.of("Action", "QueryTaskDetailList", "TaskNo", taskNo, "PageNum", "1", "PageSize", "20"));
			calls.add(Map.of("Action", "QueryTaskDetailHistory", "TaskNo", taskNo, "PageSize", "20"));
		});
		calls.add(Map.of("Action", "PollTaskResult", "PageNum", "1", "PageSize", "20"));
		calls.add(Map.of("Action", "CheckTransferInFeasibility", "DomainName", "in.com", "TransferAuthorizationCode",
				"Reg-b"));
		calls.add(Map.of("Action", "CheckTransferInFeasibility", "DomainName", "locked-in.com"));
		calls.add(Map.of("Action", "QueryTransferOutInfo", "DomainName", "out.com"));
		return calls;
	}

	/** A call of every implemented action on the account's own data. */
	private static List<Map<String, String>> ownCalls(World world) {
		List<Map<String, String>> calls = new ArrayList<>(readCalls(world));
		calls.add(Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "held.com"));
		calls.add(Map.of("Action", "SaveSingleTaskForTransferProhibitionLock", "DomainName", "lock.com", "Status",
				"true"));
		calls.add(Map.of("Action", "SaveBatchTaskForTransferProhibitionLock", "DomainName.1", "lock2.com", "Status",
				"true"));
		calls.add(Map.of("Action", "SaveSingleTaskForCreatingOrderTransfer", "DomainName", "order.com",
				"AuthorizationCode", "Reg-b", "RegistrantProfileId", "1001"));
		calls.add(Map.of("Action", "SaveBatchTaskForCreatingOrderTransfer", "OrderTransferParam.1.DomainName",
				"batch.com", "OrderTransferParam.1.AuthorizationCode", "Reg-b",
				"OrderTransferParam.1.RegistrantProfileId", "1001"));
		calls.add(Map.of("Action", "TransferInResendMailToken", "DomainName", "mail.com"));
		calls.add(Map.of("Action", "TransferInRefetchWhoisEmail", "DomainName", "mail.com"));
		calls.add(Map.of("Action", "TransferInCheckMailToken", "Token", world.mailToken()));
		calls
			.add(Map.of("Action", "ConfirmTransferInEmail", "DomainName.1", "mail2.com", "Email", "owner-b@mail2.com"));
		calls.add(Map.of("Action", "TransferInReenterTransferAuthorizationCode", "DomainName", "wrong.com",
				"TransferAuthorizationCode", "Reg-b"));
		calls.add(Map.of("Action", "SaveSingleTaskForCancelingTransferIn", "DomainName", "cancel.com"));
		calls.add(Map.of("Action", "SaveSingleTaskForApprovingTransferOut", "DomainName", "out.com"));
		calls.add(Map.of("Action", "SaveSingleTaskForCancelingTransferOut", "DomainName", "out.com"));
		calls.add(Map.of("Action", "AcknowledgeTaskResult", "TaskDetailNo.1", world.taskDetailNos().get(0)));
		return calls;
	}

	/**
	 * A call that names one of A's ids by a parameter, and an id of that shape no one
	 * has.
	 */
	record Probe(Map<String, String> call, String parameter, String madeUp) {
	}

	private static List<Probe> probes(World theirs) {
		List<Probe> probes = new ArrayList<>();
		theirs.instanceIds()
			.forEach((id) -> probes.add(new Probe(Map.of("Action", "QueryTransferInByInstanceId", "InstanceId", id),
					"InstanceId", "S2026000000000XX")));
		for (String taskNo : theirs.taskNos()) {
			probes.add(new Probe(
					Map.of("Action", "QueryTaskDetailList", "TaskNo", taskNo, "PageNum", "1", "PageSize", "20"),
					"TaskNo", UNKNOWN_TASK_NO));
			probes.add(new Probe(Map.of("Action", "QueryTaskDetailHistory", "TaskNo", taskNo, "PageSize", "20"),
					"TaskNo", UNKNOWN_TASK_NO));
		}
		for (String detailNo : theirs.taskDetailNos()) {
			probes.add(new Probe(Map.of("Action", "AcknowledgeTaskResult", "TaskDetailNo.1", detailNo),
					"TaskDetailNo.1", UNKNOWN_TASK_NO));
		}
		probes.add(new Probe(Map.of("Action", "TransferInCheckMailToken", "Token", theirs.mailToken()), "Token",
				"0123456789abcdef0123456789abcdef"));
		return probes;
	}

	/**
	 * The same world in the account: held domains, the registrar's view, transfer-ins in
	 * several statuses, a transfer-out and finished tasks; the account's clock frozen at
	 * T0 and moved on by the account's own calls.
	 */
	private World seed(Account account) {
		String tag = account.tag();
		admin(Map.of("frozen", true, "now", T0.toString())).queryParam("account", account.userId())
			.put("/_emulator/clock")
			.then()
			.statusCode(200);
		for (String name : List.of("held.com", "lock.com", "lock2.com")) {
			adminFor(account, Map.of("domainName", name, "transferAuthorizationCode", "Code-" + tag),
					"/_emulator/domains");
		}
		adminFor(account, Map.of("domainName", "out.com", "email", "owner-" + tag + "@out.com"), "/_emulator/domains");
		for (String name : List.of("in.com", "order.com", "batch.com")) {
			adminFor(account, Map.of("domainName", name, "authorizationCode", "Reg-" + tag, "whoisEmail",
					"whois-" + tag + "@" + name), "/_emulator/registrar-domains");
		}
		adminFor(account, Map.of("domainName", "locked-in.com", "transferProhibited", true),
				"/_emulator/registrar-domains");
		adminFor(account, Map.of("domainName", "mail.com", "status", 11, "email", "owner-" + tag + "@mail.com"),
				"/_emulator/transfer-ins");
		adminFor(account, Map.of("domainName", "mail2.com", "status", 11, "email", "owner-" + tag + "@mail2.com"),
				"/_emulator/transfer-ins");
		adminFor(account, Map.of("domainName", "wrong.com", "status", 31), "/_emulator/transfer-ins");
		adminFor(account, Map.of("domainName", "cancel.com", "status", 10, "hold", true), "/_emulator/transfer-ins");
		adminFor(account, Map.of("domainName", "done.com", "status", 59), "/_emulator/transfer-ins");
		assertThat(call(account, "JSON",
				Map.of("Action", "SaveSingleTaskForQueryingTransferAuthorizationCode", "DomainName", "out.com")))
			.startsWith("200 ");
		assertThat(call(account, "JSON", Map.of("Action", "SaveSingleTaskForCreatingOrderTransfer", "DomainName",
				"in.com", "AuthorizationCode", "Reg-" + tag, "RegistrantProfileId", "1001")))
			.startsWith("200 ");
		admin(Map.of("seconds", 10)).queryParam("account", account.userId())
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(200);
		List<String> instanceIds = admin().queryParam("account", account.userId())
			.queryParam("limit", 1000)
			.get("/_emulator/transfer-ins")
			.jsonPath()
			.getList("instanceId");
		List<String> taskNos = admin().queryParam("account", account.userId())
			.get("/_emulator/tasks")
			.jsonPath()
			.getList("taskNo");
		List<String> detailNos = new ArrayList<>();
		for (String taskNo : taskNos) {
			String reply = call(account, "JSON",
					Map.of("Action", "QueryTaskDetailList", "TaskNo", taskNo, "PageNum", "1", "PageSize", "20"));
			Matcher matcher = Pattern.compile("\"TaskDetailNo\":\"([^\"]+)\"").matcher(reply);
			while (matcher.find()) {
				detailNos.add(matcher.group(1));
			}
		}
		String token = admin().queryParam("account", account.userId())
			.queryParam("domainName", "mail.com")
			.get("/_emulator/outbox")
			.jsonPath()
			.getString("[0].token");
		assertThat(instanceIds).hasSize(6);
		assertThat(taskNos).hasSize(2);
		assertThat(detailNos).hasSize(2);
		assertThat(token).isNotBlank();
		World world = new World(instanceIds, taskNos, detailNos, token);
		this.seeded.put(account.userId(), snapshot(account));
		return world;
	}

	/** What the control plane shows of the account's world. */
	private String snapshot(Account account) {
		StringBuilder all = new StringBuilder();
		for (String path : List.of("/_emulator/domains", "/_emulator/transfer-ins", "/_emulator/tasks",
				"/_emulator/outbox", "/_emulator/registrar-domains", "/_emulator/clock", "/_emulator/progression")) {
			all.append(path)
				.append(' ')
				.append(admin().queryParam("account", account.userId()).queryParam("limit", 1000).get(path).asString())
				.append('\n');
		}
		return all.toString();
	}

	private Account account(String tag) {
		JsonPath made = newAccount();
		return new Account(tag, made.getString("userId"), made.getString("accessKeyId"));
	}

	private void adminFor(Account account, Map<String, Object> body, String path) {
		admin(body).queryParam("account", account.userId()).post(path).then().statusCode(201);
	}

	/** The reply's status and body, the call made with the account's key. */
	private String call(Account account, String format, Map<String, String> parameters) {
		StringBuilder form = new StringBuilder("Version=2018-01-29&Format=" + format + "&AccessKeyId="
				+ URLEncoder.encode(account.accessKeyId(), StandardCharsets.UTF_8));
		parameters.forEach((name, value) -> form.append('&')
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() + " " + response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The reply with its RequestId (and the probed id, when given) written as
	 * placeholders.
	 */
	private static String normalized(String reply, String probed) {
		String normal = REQUEST_ID.matcher(reply).replaceAll("<RequestId>");
		return (probed != null) ? normal.replace(probed, "<Probed>") : normal;
	}

}
