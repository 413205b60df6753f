package dev.domainemu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.Golden;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action's success and error replies, in JSON and XML, compared with golden files.
 * The clock is frozen and identifiers are drawn from a seeded sequence, so every date and
 * every id in a reply is fixed.
 */
@TestPropertySource(properties = GoldenRepliesTest.SEEDED_IDS)
class GoldenRepliesTest extends EmulatorTest {

	/** The seed of the identifiers in the golden files. */
	public static final String SEEDED_IDS = "emulator.ids.seed=20260115";

	private static final String AUTH_CODE = "SaveSingleTaskForQueryingTransferAuthorizationCode";

	private static final String DETAILS = "QueryTaskDetailList";

	private static final String TRANSFER_IN = "QueryTransferInByInstanceId";

	private static final String FEASIBILITY = "CheckTransferInFeasibility";

	private static final String LIST = "QueryTransferInList";

	private static final String RESEND = "TransferInResendMailToken";

	private static final String CANCEL = "SaveSingleTaskForCancelingTransferIn";

	private static final String REENTER = "TransferInReenterTransferAuthorizationCode";

	private static final String REFETCH = "TransferInRefetchWhoisEmail";

	private static final String ORDER = "SaveSingleTaskForCreatingOrderTransfer";

	private static final String BATCH = "SaveBatchTaskForCreatingOrderTransfer";

	private static final String CHECK_TOKEN = "TransferInCheckMailToken";

	private static final String CONFIRM = "ConfirmTransferInEmail";

	private static final String TASK_LIST = "QueryTaskList";

	private static final String INFO_HISTORY = "QueryTaskInfoHistory";

	private static final String DETAIL_HISTORY = "QueryTaskDetailHistory";

	private static final String POLL = "PollTaskResult";

	private static final String ACK = "AcknowledgeTaskResult";

	private static final String OUT_INFO = "QueryTransferOutInfo";

	private static final String APPROVE_OUT = "SaveSingleTaskForApprovingTransferOut";

	private static final String CANCEL_OUT = "SaveSingleTaskForCancelingTransferOut";

	private static final String LOCK = "SaveSingleTaskForTransferProhibitionLock";

	private static final String BATCH_LOCK = "SaveBatchTaskForTransferProhibitionLock";

	record Case(String action, String name, int status, Function<GoldenRepliesTest, Map<String, String>> setup) {

		@Override
		public String toString() {
			return this.action + "/" + this.name;
		}

	}

	static List<Case> cases() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case(AUTH_CODE, "success", 200, (t) -> {
			t.seedDomain("example.com", null, false);
			return Map.of("Action", AUTH_CODE, "DomainName", "example.com");
		}));
		cases.add(new Case(AUTH_CODE, "missing-domain-name", 400, (t) -> Map.of("Action", AUTH_CODE)));
		cases.add(new Case(AUTH_CODE, "invalid-domain-name", 400,
				(t) -> Map.of("Action", AUTH_CODE, "DomainName", "no spaces.com")));
		cases.add(new Case(AUTH_CODE, "domain-not-exist", 400,
				(t) -> Map.of("Action", AUTH_CODE, "DomainName", "not-held.com")));
		cases.add(new Case(AUTH_CODE, "task-is-being-processed", 400, (t) -> {
			t.seedDomain("example.com", null, false);
			t.call(Map.of("Action", AUTH_CODE, "DomainName", "example.com"), "JSON").then().statusCode(200);
			return Map.of("Action", AUTH_CODE, "DomainName", "example.com");
		}));
		cases.add(new Case(AUTH_CODE, "task-is-being-processed-zh", 400, (t) -> {
			t.seedDomain("example.com", null, false);
			t.call(Map.of("Action", AUTH_CODE, "DomainName", "example.com"), "JSON").then().statusCode(200);
			return Map.of("Action", AUTH_CODE, "DomainName", "example.com", "Lang", "zh");
		}));
		cases.add(new Case(DETAILS, "waiting", 200, (t) -> details(t, "example.com", 0, Map.of())));
		cases.add(new Case(DETAILS, "executing", 200, (t) -> details(t, "example.com", 1.5, Map.of())));
		cases.add(new Case(DETAILS, "succeeded", 200, (t) -> details(t, "example.com", 10, Map.of())));
		cases.add(new Case(DETAILS, "succeeded-zh", 200, (t) -> details(t, "example.com", 10, Map.of("Lang", "zh"))));
		cases.add(new Case(DETAILS, "failed-prohibited", 200, (t) -> details(t, "locked.com", 10, Map.of())));
		cases.add(new Case(DETAILS, "filtered-out", 200,
				(t) -> details(t, "example.com", 10, Map.of("TaskStatus", "3"))));
		cases.add(new Case(DETAILS, "unknown-task", 200, (t) -> Map.of("Action", DETAILS, "TaskNo",
				"00000000-0000-4000-8000-000000000000", "PageNum", "1", "PageSize", "20")));
		cases.add(new Case(DETAILS, "missing-task-no", 400,
				(t) -> Map.of("Action", DETAILS, "PageNum", "1", "PageSize", "20")));
		cases.add(new Case(DETAILS, "missing-page-num", 400,
				(t) -> Map.of("Action", DETAILS, "TaskNo", "x", "PageSize", "20")));
		cases.add(new Case(DETAILS, "invalid-page-size", 400,
				(t) -> Map.of("Action", DETAILS, "TaskNo", "x", "PageNum", "1", "PageSize", "1001")));
		cases.add(new Case(TRANSFER_IN, "initial", 200,
				(t) -> transferIn(t, Map.of("domainName", "example.com"), Map.of())));
		cases.add(new Case(TRANSFER_IN, "submitted-to-registry", 200, (t) -> transferIn(t,
				Map.of("domainName", "example.com", "status", 39, "progressBarType", 3), Map.of())));
		cases.add(new Case(TRANSFER_IN, "succeeded", 200,
				(t) -> transferIn(t, Map.of("domainName", "example.com", "status", 59), Map.of())));
		cases.add(new Case(TRANSFER_IN, "cancelled", 200,
				(t) -> transferIn(t, Map.of("domainName", "example.com", "status", 50), Map.of())));
		cases.add(new Case(TRANSFER_IN, "cancelled-zh", 200,
				(t) -> transferIn(t, Map.of("domainName", "example.com", "status", 50), Map.of("Lang", "zh"))));
		cases.add(new Case(TRANSFER_IN, "idn-no-whois-mail", 200, (t) -> transferIn(t,
				Map.of("domainName", "中文.com", "status", 11, "whoisMailStatus", false), Map.of())));
		cases.add(new Case(TRANSFER_IN, "missing-instance-id", 400, (t) -> Map.of("Action", TRANSFER_IN)));
		cases.add(new Case(TRANSFER_IN, "unknown-instance", 404,
				(t) -> Map.of("Action", TRANSFER_IN, "InstanceId", "S20260000000000X")));
		cases.add(new Case(FEASIBILITY, "can-transfer", 200, (t) -> Map.of("Action", FEASIBILITY, "DomainName",
				"example.com", "TransferAuthorizationCode", "any-code")));
		cases.add(new Case(FEASIBILITY, "prohibited", 200, (t) -> {
			t.seedRegistrar(Map.of("domainName", "locked.com", "transferProhibited", true));
			return Map.of("Action", FEASIBILITY, "DomainName", "locked.com");
		}));
		cases.add(new Case(FEASIBILITY, "prohibited-zh", 200, (t) -> {
			t.seedRegistrar(Map.of("domainName", "locked.com", "transferProhibited", true));
			return Map.of("Action", FEASIBILITY, "DomainName", "locked.com", "Lang", "zh");
		}));
		cases.add(new Case(FEASIBILITY, "wrong-code", 200, (t) -> {
			t.seedRegistrar(Map.of("domainName", "example.com", "authorizationCode", "Right#Code1"));
			return Map.of("Action", FEASIBILITY, "DomainName", "example.com", "TransferAuthorizationCode",
					"Wrong#Code1");
		}));
		cases.add(new Case(FEASIBILITY, "already-in-account", 200, (t) -> {
			t.seedDomain("example.com", null, false);
			return Map.of("Action", FEASIBILITY, "DomainName", "example.com");
		}));
		cases.add(new Case(FEASIBILITY, "transfer-in-progress", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11));
			return Map.of("Action", FEASIBILITY, "DomainName", "example.com");
		}));
		cases.add(new Case(FEASIBILITY, "suffix-not-supported", 200,
				(t) -> Map.of("Action", FEASIBILITY, "DomainName", "example.invalid")));
		cases.add(new Case(FEASIBILITY, "missing-domain-name", 400, (t) -> Map.of("Action", FEASIBILITY)));
		cases.add(new Case(FEASIBILITY, "invalid-domain-name", 400,
				(t) -> Map.of("Action", FEASIBILITY, "DomainName", "a..com")));
		cases.add(new Case(LIST, "two-transfers", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "first.com", "status", 31, "progressBarType", 1));
			t.advanceSeconds(60);
			t.seedTransferIn(Map.of("domainName", "second.cn", "status", 59));
			return Map.of("Action", LIST, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(LIST, "filtered-by-status", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "first.com", "status", 31, "progressBarType", 1));
			t.seedTransferIn(Map.of("domainName", "second.cn", "status", 50));
			return Map.of("Action", LIST, "PageNum", "1", "PageSize", "20", "SimpleTransferInStatus", "FAIL", "Lang",
					"zh");
		}));
		cases.add(new Case(LIST, "empty", 200, (t) -> Map.of("Action", LIST, "PageNum", "1", "PageSize", "20")));
		cases.add(new Case(LIST, "invalid-simple-status", 400,
				(t) -> Map.of("Action", LIST, "PageNum", "1", "PageSize", "20", "SimpleTransferInStatus", "DONE")));
		cases.add(new Case(LIST, "missing-page-num", 400, (t) -> Map.of("Action", LIST, "PageSize", "20")));
		cases.add(new Case(RESEND, "success", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11));
			return Map.of("Action", RESEND, "DomainName", "example.com");
		}));
		cases.add(new Case(RESEND, "pending-not-exist", 400, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 19));
			return Map.of("Action", RESEND, "DomainName", "example.com");
		}));
		cases.add(new Case(RESEND, "pending-not-exist-zh", 400,
				(t) -> Map.of("Action", RESEND, "DomainName", "example.com", "Lang", "zh")));
		cases.add(new Case(RESEND, "missing-domain-name", 400, (t) -> Map.of("Action", RESEND)));
		cases.add(new Case(REFETCH, "success", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11, "whoisMailStatus", false));
			return Map.of("Action", REFETCH, "DomainName", "example.com");
		}));
		cases.add(new Case(REFETCH, "pending-not-exist", 400,
				(t) -> Map.of("Action", REFETCH, "DomainName", "example.com")));
		cases.add(new Case(REFETCH, "missing-domain-name", 400, (t) -> Map.of("Action", REFETCH)));
		cases.add(new Case(CANCEL, "success", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 20, "progressBarType", 2));
			return Map.of("Action", CANCEL, "DomainName", "example.com");
		}));
		cases.add(new Case(CANCEL, "pending-not-exist", 400, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 39));
			return Map.of("Action", CANCEL, "DomainName", "example.com");
		}));
		cases.add(new Case(CANCEL, "task-is-being-processed", 400, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11));
			t.call(Map.of("Action", CANCEL, "DomainName", "example.com"), "JSON").then().statusCode(200);
			return Map.of("Action", CANCEL, "DomainName", "example.com");
		}));
		cases.add(new Case(CANCEL, "missing-domain-name", 400, (t) -> Map.of("Action", CANCEL)));
		cases.add(new Case(DETAILS, "cancel-task-succeeded", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11));
			String taskNo = t.call(Map.of("Action", CANCEL, "DomainName", "example.com"), "JSON")
				.then()
				.statusCode(200)
				.extract()
				.path("TaskNo");
			t.advanceSeconds(10);
			return Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(REENTER, "success", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 31, "progressBarType", 1));
			return Map.of("Action", REENTER, "DomainName", "example.com", "TransferAuthorizationCode", "Ab1#xyz89Kq7");
		}));
		cases.add(new Case(REENTER, "pending-not-exist", 400, (t) -> Map.of("Action", REENTER, "DomainName",
				"example.com", "TransferAuthorizationCode", "Ab1#xyz89Kq7")));
		cases
			.add(new Case(REENTER, "missing-code", 400, (t) -> Map.of("Action", REENTER, "DomainName", "example.com")));
		cases.add(new Case(ORDER, "success", 200, (t) -> order("example.com")));
		cases.add(new Case(ORDER, "task-is-being-processed", 400, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11));
			return order("example.com");
		}));
		cases.add(new Case(ORDER, "task-is-being-processed-zh", 400, (t) -> {
			t.call(order("example.com"), "JSON").then().statusCode(200);
			Map<String, String> again = new LinkedHashMap<>(order("example.com"));
			again.put("Lang", "zh");
			return again;
		}));
		cases.add(new Case(ORDER, "missing-authorization-code", 400,
				(t) -> Map.of("Action", ORDER, "DomainName", "example.com", "RegistrantProfileId", "1001")));
		cases.add(new Case(ORDER, "missing-registrant-profile-id", 400,
				(t) -> Map.of("Action", ORDER, "DomainName", "example.com", "AuthorizationCode", "Ab1#xyz89Kq7")));
		cases.add(new Case(ORDER, "invalid-registrant-profile-id", 400, (t) -> Map.of("Action", ORDER, "DomainName",
				"example.com", "AuthorizationCode", "Ab1#xyz89Kq7", "RegistrantProfileId", "abc")));
		cases.add(new Case(ORDER, "invalid-permit-premium", 400, (t) -> {
			Map<String, String> parameters = new LinkedHashMap<>(order("example.com"));
			parameters.put("PermitPremiumTransfer", "maybe");
			return parameters;
		}));
		cases.add(new Case(BATCH, "success", 200, (t) -> batch("first.com", "second.cn")));
		cases.add(new Case(BATCH, "missing-order-transfer-param", 400, (t) -> Map.of("Action", BATCH)));
		cases.add(new Case(BATCH, "duplicate-domain", 400, (t) -> batch("first.com", "FIRST.com")));
		cases.add(new Case(BATCH, "missing-item-code", 400, (t) -> {
			Map<String, String> parameters = new LinkedHashMap<>(batch("first.com", "second.cn"));
			parameters.remove("OrderTransferParam.2.AuthorizationCode");
			return parameters;
		}));
		cases.add(new Case(BATCH, "task-is-being-processed", 400, (t) -> {
			t.seedTransferIn(Map.of("domainName", "second.cn", "status", 20, "progressBarType", 2));
			return batch("first.com", "second.cn");
		}));
		cases.add(new Case(DETAILS, "order-task-succeeded", 200, (t) -> {
			String taskNo = t.call(order("example.com"), "JSON").then().statusCode(200).extract().path("TaskNo");
			t.advanceSeconds(10);
			return Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(DETAILS, "order-task-failed-already-held", 200, (t) -> {
			t.seedDomain("example.com", null, false);
			String taskNo = t.call(order("example.com"), "JSON").then().statusCode(200).extract().path("TaskNo");
			t.advanceSeconds(10);
			return Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(TRANSFER_IN, "ordered-awaiting-mail", 200, (t) -> {
			t.call(order("example.com"), "JSON").then().statusCode(200);
			t.advanceSeconds(10);
			return Map.of("Action", TRANSFER_IN, "InstanceId", t.outboxMail("example.com").get("instanceId"));
		}));
		cases.add(new Case(CHECK_TOKEN, "success", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11, "progressBarType", 1));
			return Map.of("Action", CHECK_TOKEN, "Token", t.outboxMail("example.com").get("token"));
		}));
		cases.add(new Case(CHECK_TOKEN, "already-verified", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11, "progressBarType", 0));
			String token = t.outboxMail("example.com").get("token");
			t.call(Map.of("Action", CHECK_TOKEN, "Token", token), "JSON").then().statusCode(200);
			return Map.of("Action", CHECK_TOKEN, "Token", token);
		}));
		cases.add(new Case(CHECK_TOKEN, "token-failed", 400,
				(t) -> Map.of("Action", CHECK_TOKEN, "Token", "0123456789abcdef0123456789abcdef")));
		cases.add(new Case(CHECK_TOKEN, "token-failed-zh", 400,
				(t) -> Map.of("Action", CHECK_TOKEN, "Token", "0123456789abcdef0123456789abcdef", "Lang", "zh")));
		cases.add(new Case(CHECK_TOKEN, "missing-token", 400, (t) -> Map.of("Action", CHECK_TOKEN)));
		cases.add(new Case(CONFIRM, "success", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11, "progressBarType", 1));
			return Map.of("Action", CONFIRM, "DomainName.1", "example.com", "Email", "ADMIN@example.com");
		}));
		cases.add(new Case(CONFIRM, "partly", 200, (t) -> {
			t.seedTransferIn(Map.of("domainName", "example.com", "status", 11, "progressBarType", 1));
			t.seedTransferIn(Map.of("domainName", "other.com", "status", 11, "progressBarType", 1));
			return Map.of("Action", CONFIRM, "DomainName.1", "example.com", "DomainName.2", "other.com", "DomainName.3",
					"nothing.com", "Email", "admin@example.com");
		}));
		cases.add(new Case(CONFIRM, "missing-domain-name", 400,
				(t) -> Map.of("Action", CONFIRM, "Email", "admin@example.com")));
		cases.add(new Case(CONFIRM, "invalid-domain-name", 400, (t) -> Map.of("Action", CONFIRM, "DomainName.1",
				"example.com", "DomainName.2", "bad name.com", "Email", "admin@example.com")));
		cases.add(new Case(CONFIRM, "missing-email", 400,
				(t) -> Map.of("Action", CONFIRM, "DomainName.1", "example.com")));
		taskCases(cases);
		transferOutCases(cases);
		cases.add(new Case("common", "invalid-action", 404, (t) -> Map.of("Action", "NoSuchAction")));
		cases.add(new Case("common", "not-implemented", 400, (t) -> Map.of("Action", "TestOnlyUnimplementedAction")));
		cases.add(new Case("common", "not-implemented-zh", 400,
				(t) -> Map.of("Action", "TestOnlyUnimplementedAction", "Lang", "zh")));
		cases.add(new Case("common", "missing-action", 400, (t) -> Map.of()));
		cases.add(new Case("common", "invalid-version", 400,
				(t) -> Map.of("Action", TRANSFER_IN, "InstanceId", "x", "Version", "2099-01-01")));
		cases.add(new Case("common", "intl-unknown-instance", 404,
				(t) -> Map.of("Action", TRANSFER_IN, "InstanceId", "x", "Version", "2017-12-18")));
		return cases;
	}

	private static void taskCases(List<Case> cases) {
		cases.add(new Case(DETAILS, "retrying", 200, (t) -> {
			t.seedDomainWith(Map.of("domainName", "flaky.com", "registryFailures", 2));
			String taskNo = t.submit(Map.of("Action", AUTH_CODE, "DomainName", "flaky.com"));
			t.advanceSeconds(5);
			return Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(DETAILS, "failed-after-retries", 200, (t) -> {
			t.seedDomainWith(Map.of("domainName", "flaky.com", "registryFailures", 9));
			String taskNo = t.submit(Map.of("Action", AUTH_CODE, "DomainName", "flaky.com"));
			t.advanceSeconds(30);
			return Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(DETAILS, "batch-lock-not-held", 200, (t) -> {
			t.seedDomain("example.com", null, false);
			String taskNo = t.submit(Map.of("Action", BATCH_LOCK, "DomainName.1", "example.com", "DomainName.2",
					"not-held.com", "Status", "true"));
			t.advanceSeconds(10);
			return Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(TASK_LIST, "three-tasks", 200, (t) -> {
			threeTasks(t);
			return Map.of("Action", TASK_LIST, "PageNum", "1", "PageSize", "2");
		}));
		cases.add(new Case(TASK_LIST, "three-tasks-zh", 200, (t) -> {
			threeTasks(t);
			return Map.of("Action", TASK_LIST, "PageNum", "2", "PageSize", "2", "Lang", "zh");
		}));
		cases.add(new Case(TASK_LIST, "other-day", 200, (t) -> {
			threeTasks(t);
			return Map.of("Action", TASK_LIST, "PageNum", "1", "PageSize", "20", "BeginCreateTime",
					String.valueOf(T0.plusSeconds(86_400).toEpochMilli()));
		}));
		cases.add(new Case(TASK_LIST, "missing-page-num", 400, (t) -> Map.of("Action", TASK_LIST, "PageSize", "20")));
		cases.add(new Case(TASK_LIST, "invalid-begin-create-time", 400,
				(t) -> Map.of("Action", TASK_LIST, "PageNum", "1", "PageSize", "20", "BeginCreateTime", "-1")));
		cases.add(new Case(INFO_HISTORY, "first-page", 200, (t) -> {
			threeTasks(t);
			return Map.of("Action", INFO_HISTORY, "PageSize", "2");
		}));
		cases.add(new Case(INFO_HISTORY, "last-page", 200, (t) -> {
			threeTasks(t);
			Map<String, Object> next = t.call(Map.of("Action", INFO_HISTORY, "PageSize", "2"), "JSON")
				.then()
				.statusCode(200)
				.extract()
				.path("NextPageCursor");
			return Map.of("Action", INFO_HISTORY, "PageSize", "2", "TaskNoCursor", (String) next.get("TaskNo"),
					"CreateTimeCursor", String.valueOf(next.get("CreateTimeLong")));
		}));
		cases.add(new Case(INFO_HISTORY, "no-tasks", 200, (t) -> Map.of("Action", INFO_HISTORY, "PageSize", "20")));
		cases.add(new Case(INFO_HISTORY, "missing-page-size", 400, (t) -> Map.of("Action", INFO_HISTORY)));
		cases.add(new Case(INFO_HISTORY, "invalid-create-time-cursor", 400,
				(t) -> Map.of("Action", INFO_HISTORY, "PageSize", "20", "CreateTimeCursor", "soon")));
		cases.add(new Case(DETAIL_HISTORY, "first-page", 200, (t) -> {
			String taskNo = threeDomainLock(t);
			return Map.of("Action", DETAIL_HISTORY, "TaskNo", taskNo, "PageSize", "2");
		}));
		cases.add(new Case(DETAIL_HISTORY, "last-page", 200, (t) -> {
			String taskNo = threeDomainLock(t);
			Map<String, Object> next = t
				.call(Map.of("Action", DETAIL_HISTORY, "TaskNo", taskNo, "PageSize", "2"), "JSON")
				.then()
				.statusCode(200)
				.extract()
				.path("NextPageCursor");
			return Map.of("Action", DETAIL_HISTORY, "TaskNo", taskNo, "PageSize", "2", "DomainNameCursor",
					(String) next.get("DomainName"), "TaskDetailNoCursor", (String) next.get("TaskDetailNo"));
		}));
		cases.add(new Case(DETAIL_HISTORY, "unknown-task", 200, (t) -> Map.of("Action", DETAIL_HISTORY, "TaskNo",
				"00000000-0000-4000-8000-000000000000", "PageSize", "20")));
		cases.add(new Case(DETAIL_HISTORY, "missing-task-no", 400,
				(t) -> Map.of("Action", DETAIL_HISTORY, "PageSize", "20")));
		cases.add(new Case(DETAIL_HISTORY, "invalid-task-status", 400,
				(t) -> Map.of("Action", DETAIL_HISTORY, "TaskNo", "x", "PageSize", "20", "TaskStatus", "4")));
		cases.add(new Case(POLL, "finished", 200, (t) -> {
			threeTasks(t);
			t.advanceSeconds(10);
			return Map.of("Action", POLL, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(POLL, "failures-only", 200, (t) -> {
			threeTasks(t);
			t.advanceSeconds(10);
			return Map.of("Action", POLL, "PageNum", "1", "PageSize", "20", "TaskResultStatus", "3");
		}));
		cases.add(new Case(POLL, "all-acknowledged", 200, (t) -> {
			threeTasks(t);
			t.advanceSeconds(10);
			List<String> detailNos = t.call(Map.of("Action", POLL, "PageNum", "1", "PageSize", "20"), "JSON")
				.then()
				.extract()
				.path("Data.TaskDetail.TaskDetailNo");
			Map<String, String> ack = new LinkedHashMap<>(Map.of("Action", ACK));
			for (int i = 0; i < detailNos.size(); i++) {
				ack.put("TaskDetailNo." + (i + 1), detailNos.get(i));
			}
			t.call(ack, "JSON").then().statusCode(200);
			return Map.of("Action", POLL, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(POLL, "missing-page-size", 400, (t) -> Map.of("Action", POLL, "PageNum", "1")));
		cases.add(new Case(POLL, "invalid-task-result-status", 400,
				(t) -> Map.of("Action", POLL, "PageNum", "1", "PageSize", "20", "TaskResultStatus", "1")));
		cases.add(new Case(ACK, "acknowledged", 200, (t) -> {
			t.seedDomain("example.com", "Ab1#xyz89Kq7", false);
			String taskNo = t.submit(Map.of("Action", AUTH_CODE, "DomainName", "example.com"));
			t.advanceSeconds(10);
			String detailNo = t
				.call(Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "1"), "JSON")
				.then()
				.extract()
				.path("Data.TaskDetail[0].TaskDetailNo");
			return Map.of("Action", ACK, "TaskDetailNo.1", detailNo, "TaskDetailNo.2",
					"00000000-0000-4000-8000-000000000000");
		}));
		cases.add(new Case(ACK, "missing-task-detail-no", 400, (t) -> Map.of("Action", ACK)));
		cases.add(new Case(LOCK, "success", 200, (t) -> {
			t.seedDomain("example.com", null, false);
			return Map.of("Action", LOCK, "DomainName", "example.com", "Status", "true");
		}));
		cases.add(new Case(LOCK, "missing-status", 400, (t) -> Map.of("Action", LOCK, "DomainName", "example.com")));
		cases.add(new Case(LOCK, "invalid-status", 400,
				(t) -> Map.of("Action", LOCK, "DomainName", "example.com", "Status", "on")));
		cases.add(new Case(LOCK, "domain-not-exist", 400,
				(t) -> Map.of("Action", LOCK, "DomainName", "not-held.com", "Status", "true")));
		cases.add(new Case(LOCK, "task-is-being-processed", 400, (t) -> {
			t.seedDomain("example.com", null, false);
			t.submit(Map.of("Action", AUTH_CODE, "DomainName", "example.com"));
			return Map.of("Action", LOCK, "DomainName", "example.com", "Status", "true");
		}));
		cases.add(new Case(BATCH_LOCK, "success", 200, (t) -> {
			t.seedDomain("example.com", null, false);
			return Map.of("Action", BATCH_LOCK, "DomainName.1", "example.com", "DomainName.2", "example.net", "Status",
					"false");
		}));
		cases.add(new Case(BATCH_LOCK, "missing-domain-name", 400,
				(t) -> Map.of("Action", BATCH_LOCK, "Status", "true")));
		cases.add(new Case(BATCH_LOCK, "repeated-domain-name", 400, (t) -> Map.of("Action", BATCH_LOCK, "DomainName.1",
				"example.com", "DomainName.2", "EXAMPLE.com", "Status", "true")));
		cases.add(new Case(BATCH_LOCK, "missing-status", 400,
				(t) -> Map.of("Action", BATCH_LOCK, "DomainName.1", "example.com")));
	}

	private static void transferOutCases(List<Case> cases) {
		cases.add(new Case(OUT_INFO, "verifying-phone", 200, (t) -> transferOut(t, 3)));
		cases.add(new Case(OUT_INFO, "code-sent", 200, (t) -> transferOut(t, 10)));
		cases.add(new Case(OUT_INFO, "transferring", 200, (t) -> transferOut(t, 70)));
		cases.add(new Case(OUT_INFO, "succeeded", 200, (t) -> transferOut(t, 70 + 5 * 86_400)));
		cases.add(new Case(OUT_INFO, "rejected", 200, (t) -> {
			Map<String, String> query = transferOut(t, 70);
			t.submit(Map.of("Action", CANCEL_OUT, "DomainName", "example.com"));
			t.advanceSeconds(5);
			return query;
		}));
		cases.add(new Case(OUT_INFO, "expired", 200, (t) -> {
			t.setPolicy("transfer-out-request", "manual");
			return transferOut(t, 16 * 86_400);
		}));
		cases.add(new Case(OUT_INFO, "prohibited", 200, (t) -> {
			Map<String, String> query = transferOut(t, 10);
			t.submit(Map.of("Action", LOCK, "DomainName", "example.com", "Status", "true"));
			t.advanceSeconds(60);
			return query;
		}));
		cases.add(new Case(OUT_INFO, "never-started", 200, (t) -> {
			t.seedDomain("example.com", null, false);
			return Map.of("Action", OUT_INFO, "DomainName", "example.com");
		}));
		cases.add(new Case(OUT_INFO, "domain-not-exist", 400,
				(t) -> Map.of("Action", OUT_INFO, "DomainName", "not-held.com")));
		cases.add(new Case(OUT_INFO, "missing-domain-name", 400, (t) -> Map.of("Action", OUT_INFO)));
		cases.add(new Case(APPROVE_OUT, "success", 200, (t) -> {
			transferOut(t, 70);
			return Map.of("Action", APPROVE_OUT, "DomainName", "example.com");
		}));
		cases.add(new Case(APPROVE_OUT, "domain-not-exist", 400,
				(t) -> Map.of("Action", APPROVE_OUT, "DomainName", "not-held.com")));
		cases.add(new Case(APPROVE_OUT, "task-is-being-processed", 400, (t) -> {
			transferOut(t, 70);
			t.submit(Map.of("Action", CANCEL_OUT, "DomainName", "example.com"));
			return Map.of("Action", APPROVE_OUT, "DomainName", "example.com");
		}));
		cases.add(new Case(DETAILS, "approve-without-request", 200, (t) -> {
			transferOut(t, 10);
			String taskNo = t.submit(Map.of("Action", APPROVE_OUT, "DomainName", "example.com"));
			t.advanceSeconds(5);
			return Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20");
		}));
		cases.add(new Case(CANCEL_OUT, "success", 200, (t) -> {
			transferOut(t, 10);
			return Map.of("Action", CANCEL_OUT, "DomainName", "example.com");
		}));
		cases.add(new Case(CANCEL_OUT, "missing-domain-name", 400, (t) -> Map.of("Action", CANCEL_OUT)));
		cases.add(new Case(CANCEL_OUT, "domain-not-exist", 400,
				(t) -> Map.of("Action", CANCEL_OUT, "DomainName", "not-held.com")));
	}

	/**
	 * An auth-code task that succeeded, one that failed (lock on) and a lock task still
	 * waiting, from the newest: lock, failed auth code, auth code.
	 */
	private static void threeTasks(GoldenRepliesTest t) {
		t.seedDomain("example.com", "Ab1#xyz89Kq7", false);
		t.seedDomain("locked.com", null, true);
		t.submit(Map.of("Action", AUTH_CODE, "DomainName", "example.com", "UserClientIp", "203.0.113.7"));
		t.advanceSeconds(1);
		t.submit(Map.of("Action", AUTH_CODE, "DomainName", "locked.com"));
		t.advanceSeconds(5);
		t.submit(Map.of("Action", LOCK, "DomainName", "example.com", "Status", "true"));
	}

	private static String threeDomainLock(GoldenRepliesTest t) {
		t.seedDomain("a.com", null, false);
		t.seedDomain("b.com", null, false);
		t.seedDomain("c.com", null, false);
		String taskNo = t.submit(Map.of("Action", BATCH_LOCK, "DomainName.1", "c.com", "DomainName.2", "a.com",
				"DomainName.3", "b.com", "Status", "true"));
		t.advanceSeconds(1);
		return taskNo;
	}

	/** example.com, its code asked for at T0, then the clock moved on. */
	private static Map<String, String> transferOut(GoldenRepliesTest t, double seconds) {
		t.seedDomainWith(Map.of("domainName", "example.com", "transferAuthorizationCode", "Ab1#xyz89Kq7", "email",
				"owner@example.com"));
		t.submit(Map.of("Action", AUTH_CODE, "DomainName", "example.com"));
		t.advanceSeconds(seconds);
		return Map.of("Action", OUT_INFO, "DomainName", "example.com");
	}

	String submit(Map<String, String> parameters) {
		return call(parameters, "JSON").then().statusCode(200).extract().path("TaskNo");
	}

	void seedDomainWith(Map<String, Object> body) {
		admin(body).post("/_emulator/domains").then().statusCode(201);
	}

	/**
	 * Whether the case's reply is decided by the envelope or the handler's parameter
	 * checks alone, with no setup: those run on the RPC slice
	 * ({@link GoldenParameterErrorsTest}).
	 */
	static boolean decidedByParameters(Case c) {
		return c.name().matches("(missing|invalid|repeated)-.*|not-implemented.*");
	}

	static Stream<Arguments> casesInBothFormats() {
		return cases().stream()
			.filter((c) -> !decidedByParameters(c))
			.flatMap((c) -> Stream.of(Arguments.of(c, "JSON"), Arguments.of(c, "XML")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("casesInBothFormats")
	void replyMatchesGoldenFile(Case c, String format) {
		Response response = call(c.setup().apply(this), format);
		assertThat(response.statusCode()).isEqualTo(c.status());
		assertThat(response.header("x-acs-request-id")).isNotBlank();
		assertThat(response.asString()).contains(response.header("x-acs-request-id"));
		Golden.assertMatches(c.action() + "/" + c.name() + "." + format.toLowerCase(), response.asString());
	}

	Response call(Map<String, String> parameters, String format) {
		Map<String, String> all = new LinkedHashMap<>(parameters);
		all.put("Format", format);
		all.putIfAbsent("Version", "2018-01-29");
		return io.restassured.RestAssured.given().port(this.port).queryParams(all).post("/");
	}

	private static Map<String, String> order(String domainName) {
		return Map.of("Action", ORDER, "DomainName", domainName, "AuthorizationCode", "Ab1#xyz89Kq7",
				"RegistrantProfileId", "1001");
	}

	private static Map<String, String> batch(String... domainNames) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("Action", BATCH);
		for (int i = 0; i < domainNames.length; i++) {
			String prefix = "OrderTransferParam." + (i + 1) + ".";
			parameters.put(prefix + "DomainName", domainNames[i]);
			parameters.put(prefix + "AuthorizationCode", "Ab1#xyz89Kq7");
			parameters.put(prefix + "RegistrantProfileId", "1001");
		}
		return parameters;
	}

	private static Map<String, String> details(GoldenRepliesTest t, String domainName, double advance,
			Map<String, String> extra) {
		t.seedDomain("example.com", "Ab1#xyz89Kq7", false);
		t.seedDomain("locked.com", null, true);
		String taskNo = t.call(Map.of("Action", AUTH_CODE, "DomainName", domainName), "JSON")
			.then()
			.statusCode(200)
			.extract()
			.path("TaskNo");
		if (advance > 0) {
			t.advanceSeconds(advance);
		}
		Map<String, String> parameters = new LinkedHashMap<>(
				Map.of("Action", DETAILS, "TaskNo", taskNo, "PageNum", "1", "PageSize", "20"));
		parameters.putAll(extra);
		return parameters;
	}

	private static Map<String, String> transferIn(GoldenRepliesTest t, Map<String, Object> seed,
			Map<String, String> extra) {
		Map<String, String> parameters = new LinkedHashMap<>(
				Map.of("Action", TRANSFER_IN, "InstanceId", t.seedTransferIn(seed)));
		parameters.putAll(extra);
		return parameters;
	}

}
