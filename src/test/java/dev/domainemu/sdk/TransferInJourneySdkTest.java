package dev.domainemu.sdk;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.ConfirmTransferInEmailRequest;
import com.aliyuncs.domain.model.v20180129.ConfirmTransferInEmailResponse;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.domain.model.v20180129.QueryTransferInListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInListResponse;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCancelingTransferInRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCreatingOrderTransferRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest;
import com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenResponse;
import com.aliyuncs.domain.model.v20180129.TransferInReenterTransferAuthorizationCodeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.LegacySdk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every documented path of a transfer-in, driven through the legacy SDK alone (in JSON
 * and XML) plus the outbox and the clock: each progress-bar type to success, and each
 * failure. At every step both QueryTransferInByInstanceId and QueryTransferInList are
 * read, and must agree with each other and with the documented status.
 */
class TransferInJourneySdkTest extends EmulatorTest {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String CODE = "Ab1#xyz89Kq7";

	private LegacySdk sdk;

	private String domainName;

	private String instanceId;

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void type0VerifiesTheMailByTokenPassesTheNameAuditAndSucceeds(FormatType format) throws ClientException {
		start(format, "example.cn");
		String taskNo = order(CODE);
		assertThat(list().getTotalItemNum()).isZero();
		created(taskNo, 0);
		advanceSeconds(2);
		expect(11, null, 0);
		Map<String, String> mail = outboxMail(this.domainName);
		assertThat(mail.get("email")).isEqualTo("admin@example.cn");
		assertThat(mail.get("instanceId")).isEqualTo(this.instanceId);
		TransferInCheckMailTokenRequest check = new TransferInCheckMailTokenRequest();
		check.setToken(mail.get("token"));
		TransferInCheckMailTokenResponse checked = this.sdk.call(check);
		assertThat(checked.getSuccessList()).containsExactly(this.domainName);
		assertThat(checked.getFailList()).isEmpty();
		expect(19, null, 0);
		advanceSeconds(2);
		expect(20, null, 0);
		advanceSeconds(10);
		expect(29, null, 0);
		advanceSeconds(2);
		expect(39, null, 0);
		advanceSeconds(20);
		expect(59, null, 0);
		nowInAccount();
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void type1ConfirmsTheEmailDirectlyAndSucceeds(FormatType format) throws ClientException {
		start(format, "example.com");
		created(order(CODE), 1);
		ClientException again = catchThrowableOfType(ClientException.class, () -> order(CODE));
		assertThat(again.getErrCode()).isEqualTo("TaskIsBeingProcessed");
		advanceSeconds(2);
		expect(11, null, 1);
		ConfirmTransferInEmailRequest confirm = new ConfirmTransferInEmailRequest();
		confirm.setDomainNames(List.of(this.domainName, "unknown.com"));
		confirm.setEmail("Admin@Example.com");
		ConfirmTransferInEmailResponse confirmed = this.sdk.call(confirm);
		assertThat(confirmed.getSuccessList()).containsExactly(this.domainName);
		assertThat(confirmed.getFailList()).containsExactly("unknown.com");
		expect(19, null, 1);
		advanceSeconds(2);
		expect(39, null, 1);
		advanceSeconds(19);
		expect(39, null, 1);
		advanceSeconds(1);
		expect(59, null, 1);
		nowInAccount();
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void type2GoesThroughTheNameAuditOnlyAndSucceeds(FormatType format) throws ClientException {
		start(format, "example.com");
		seedRegistrar(Map.of("domainName", this.domainName, "progressBarType", 2));
		created(order(CODE), 2);
		advanceSeconds(2);
		expect(20, null, 2);
		assertThat(outboxMails(this.domainName)).isEmpty();
		advanceSeconds(10);
		expect(29, null, 2);
		advanceSeconds(2);
		expect(39, null, 2);
		advanceSeconds(20);
		expect(59, null, 2);
		nowInAccount();
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void type3GoesStraightToTheRegistryAndSucceeds(FormatType format) throws ClientException {
		start(format, "example.com");
		seedRegistrar(Map.of("domainName", this.domainName, "progressBarType", 3, "authorizationCode", CODE));
		created(order(CODE), 3);
		advanceSeconds(2);
		expect(39, null, 3);
		advanceSeconds(20);
		expect(59, null, 3);
		nowInAccount();
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aFailedNameAuditIsStatus21UntilItExpires(FormatType format) throws ClientException {
		start(format, "example.cn");
		seedRegistrar(Map.of("domainName", this.domainName, "progressBarType", 2, "nameAuditPasses", false));
		created(order(CODE), 2);
		advanceSeconds(2);
		expect(20, null, 2);
		advanceSeconds(10);
		expect(21, "nameVerificationFailed", 2);
		advanceSeconds(Duration.ofDays(15).toSeconds());
		expect(52, "transferExpired", 2);
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aWrongCodeIsStatus31UntilTheRightOneIsReentered(FormatType format) throws ClientException {
		start(format, "example.com");
		seedRegistrar(Map.of("domainName", this.domainName, "progressBarType", 3, "authorizationCode", CODE));
		created(order("Wrong#Code1"), 3);
		advanceSeconds(2);
		expect(31, null, 3);
		advanceSeconds(60);
		reenter("Wrong#Code2");
		expect(31, null, 3);
		reenter(CODE);
		expect(39, null, 3);
		advanceSeconds(20);
		expect(59, null, 3);
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aCancelledTransferIsStatus50(FormatType format) throws ClientException {
		start(format, "example.com");
		created(order(CODE), 1);
		advanceSeconds(2);
		expect(11, null, 1);
		SaveSingleTaskForCancelingTransferInRequest cancel = new SaveSingleTaskForCancelingTransferInRequest();
		cancel.setDomainName(this.domainName);
		String taskNo = this.sdk.call(cancel).getTaskNo();
		expect(11, null, 1);
		advanceSeconds(3);
		assertThat(detail(taskNo).getInstanceId()).isEqualTo(this.instanceId);
		expect(50, "clientCancelled", 1);
		ClientException ended = catchThrowableOfType(ClientException.class, () -> this.sdk.call(cancel));
		assertThat(ended.getErrCode()).isEqualTo("DomainTransferPendingNotExist");
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void aLockedDomainIsRefusedByTheRegistryWithStatus51(FormatType format) throws ClientException {
		start(format, "example.com");
		seedRegistrar(Map.of("domainName", this.domainName, "progressBarType", 3, "transferProhibited", true));
		created(order(CODE), 3);
		advanceSeconds(2);
		expect(39, null, 3);
		advanceSeconds(20);
		expect(51, "transferProhibited", 3);
	}

	@ParameterizedTest
	@EnumSource(value = FormatType.class, names = { "JSON", "XML" })
	void anUnverifiedTransferExpiresWithStatus52(FormatType format) throws ClientException {
		start(format, "example.com");
		created(order(CODE), 1);
		advanceSeconds(2);
		expect(11, null, 1);
		advanceSeconds(Duration.ofDays(15).toSeconds() - 3);
		expect(11, null, 1);
		advanceSeconds(1);
		expect(52, "transferExpired", 1);
	}

	private void start(FormatType format, String domainName) {
		this.sdk = new LegacySdk(endpoint(), format);
		this.domainName = domainName;
	}

	private String order(String code) throws ClientException {
		SaveSingleTaskForCreatingOrderTransferRequest order = new SaveSingleTaskForCreatingOrderTransferRequest();
		order.setDomainName(this.domainName);
		order.setAuthorizationCode(code);
		order.setRegistrantProfileId(1001L);
		return this.sdk.call(order).getTaskNo();
	}

	/** Runs the order task to its end and checks the new instance is at Status 10. */
	private void created(String taskNo, int progressBarType) throws ClientException {
		assertThat(detail(taskNo).getTaskStatus()).isEqualTo("WAITING_EXECUTE");
		advanceSeconds(3);
		QueryTaskDetailListResponse.TaskDetail done = detail(taskNo);
		assertThat(done.getTaskStatus()).isEqualTo("EXECUTE_SUCCESS");
		assertThat(done.getTaskType()).isEqualTo("ORDER_TRANSFER_IN");
		assertThat(done.getInstanceId()).isNotBlank();
		this.instanceId = done.getInstanceId();
		expect(10, null, progressBarType);
	}

	private QueryTaskDetailListResponse.TaskDetail detail(String taskNo) throws ClientException {
		QueryTaskDetailListRequest details = new QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(10);
		List<QueryTaskDetailListResponse.TaskDetail> data = this.sdk.call(details).getData();
		assertThat(data).hasSize(1);
		return data.get(0);
	}

	private void reenter(String code) throws ClientException {
		TransferInReenterTransferAuthorizationCodeRequest reenter = new TransferInReenterTransferAuthorizationCodeRequest();
		reenter.setDomainName(this.domainName);
		reenter.setTransferAuthorizationCode(code);
		this.sdk.call(reenter);
	}

	private QueryTransferInListResponse list() throws ClientException {
		QueryTransferInListRequest list = new QueryTransferInListRequest();
		list.setPageNum(1);
		list.setPageSize(10);
		list.setDomainName(this.domainName);
		return this.sdk.call(list);
	}

	private void nowInAccount() throws ClientException {
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest code = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		code.setDomainName(this.domainName);
		assertThat(this.sdk.call(code).getTaskNo()).isNotBlank();
	}

	/**
	 * Reads the transfer both ways and checks the status and every field that follows
	 * from it.
	 */
	private void expect(int status, String resultCode, int progressBarType) throws ClientException {
		QueryTransferInByInstanceIdResponse one = this.sdk.transferIn(this.instanceId);
		assertThat(one.getInstanceId()).isEqualTo(this.instanceId);
		assertThat(one.getDomainName()).isEqualTo(this.domainName);
		assertThat(one.getStatus()).isEqualTo(status);
		assertThat(one.getSimpleTransferInStatus()).isEqualTo(simple(status));
		assertThat(one.getProgressBarType()).isEqualTo(progressBarType);
		assertThat(one.getNeedMailCheck()).isEqualTo(progressBarType <= 1);
		assertThat(one.getWhoisMailStatus()).isTrue();
		assertThat(one.getEmail()).isEqualTo("admin@" + this.domainName);
		assertThat(one.getResultCode()).isEqualTo(resultCode);
		assertThat(one.getResultMsg() != null).isEqualTo(resultCode != null);
		boolean finished = status >= 50;
		assertThat(one.getResultDate() != null).isEqualTo(finished);
		assertThat(one.getTransferAuthorizationCodeSubmissionDate() != null)
			.isEqualTo(status == 39 || status == 51 || status == 59);
		LocalDateTime submitted = LocalDateTime.parse(one.getSubmissionDate(), DATE);
		assertThat(LocalDateTime.parse(one.getExpirationDate(), DATE)).isEqualTo(submitted.plusDays(15));
		assertThat(LocalDateTime.parse(one.getModificationDate(), DATE)).isAfterOrEqualTo(submitted);
		assertThat(one.getExpirationDateLong() - one.getSubmissionDateLong()).isEqualTo(Duration.ofDays(15).toMillis());
		if (finished) {
			assertThat(one.getResultDate()).isEqualTo(one.getModificationDate());
		}

		QueryTransferInListResponse list = list();
		assertThat(list.getTotalItemNum()).isEqualTo(1);
		QueryTransferInListResponse.TransferInInfo listed = list.getData().get(0);
		assertThat(listed.getInstanceId()).isEqualTo(one.getInstanceId());
		assertThat(listed.getStatus()).isEqualTo(one.getStatus());
		assertThat(listed.getSimpleTransferInStatus()).isEqualTo(one.getSimpleTransferInStatus());
		assertThat(listed.getResultCode()).isEqualTo(one.getResultCode());
		assertThat(listed.getResultMsg()).isEqualTo(one.getResultMsg());
		assertThat(listed.getResultDate()).isEqualTo(one.getResultDate());
		assertThat(listed.getModificationDate()).isEqualTo(one.getModificationDate());
		assertThat(listed.getSubmissionDate()).isEqualTo(one.getSubmissionDate());
		assertThat(listed.getExpirationDate()).isEqualTo(one.getExpirationDate());
		assertThat(listed.getTransferAuthorizationCodeSubmissionDate())
			.isEqualTo(one.getTransferAuthorizationCodeSubmissionDate());
		assertThat(listed.getProgressBarType()).isEqualTo(one.getProgressBarType());
		assertThat(listed.getNeedMailCheck()).isEqualTo(one.getNeedMailCheck());
		assertThat(listed.getWhoisMailStatus()).isEqualTo(one.getWhoisMailStatus());
		assertThat(listed.getEmail()).isEqualTo(one.getEmail());
		assertThat(listed.getUserId()).isEqualTo(one.getUserId());

		QueryTransferInListRequest bySimple = new QueryTransferInListRequest();
		bySimple.setPageNum(1);
		bySimple.setPageSize(10);
		bySimple.setSimpleTransferInStatus(simple(status));
		assertThat(this.sdk.call(bySimple).getData())
			.extracting(QueryTransferInListResponse.TransferInInfo::getInstanceId)
			.contains(this.instanceId);
	}

	/** The documented coarse status of each Status, written out apart from the code. */
	private static String simple(int status) {
		return switch (status) {
			case 10 -> "INIT";
			case 11, 19 -> "AUTHORIZATION";
			case 20, 21, 29 -> "NAME_VERIFICATION";
			case 31 -> "PASSWORD_VERIFICATION";
			case 39 -> "PENDING";
			case 59 -> "SUCCESS";
			case 50, 51, 52 -> "FAIL";
			default -> throw new IllegalArgumentException("Status " + status);
		};
	}

}
