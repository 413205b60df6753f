package dev.domainemu.transferin.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.Lang;
import dev.domainemu.transferin.TransferInRecord;

/**
 * A transfer-in on the wire: the reply of QueryTransferInByInstanceId and the items of
 * QueryTransferInList.
 */
@JsonPropertyOrder({ "InstanceId", "DomainName", "UserId", "Email", "NeedMailCheck", "WhoisMailStatus",
		"ProgressBarType", "Status", "SimpleTransferInStatus", "ResultCode", "ResultMsg", "SubmissionDate",
		"SubmissionDateLong", "ModificationDate", "ModificationDateLong", "ExpirationDate", "ExpirationDateLong",
		"ResultDate", "ResultDateLong", "TransferAuthorizationCodeSubmissionDate",
		"TransferAuthorizationCodeSubmissionDateLong" })
record TransferInWire(@JsonProperty("InstanceId") String instanceId, @JsonProperty("DomainName") String domainName,
		@JsonProperty("UserId") String userId, @JsonProperty("Email") String email,
		@JsonProperty("NeedMailCheck") boolean needMailCheck, @JsonProperty("WhoisMailStatus") boolean whoisMailStatus,
		@JsonProperty("ProgressBarType") int progressBarType, @JsonProperty("Status") int status,
		@JsonProperty("SimpleTransferInStatus") String simpleTransferInStatus,
		@JsonProperty("ResultCode") String resultCode, @JsonProperty("ResultMsg") String resultMsg,
		@JsonProperty("SubmissionDate") String submissionDate,
		@JsonProperty("SubmissionDateLong") Long submissionDateLong,
		@JsonProperty("ModificationDate") String modificationDate,
		@JsonProperty("ModificationDateLong") Long modificationDateLong,
		@JsonProperty("ExpirationDate") String expirationDate,
		@JsonProperty("ExpirationDateLong") Long expirationDateLong, @JsonProperty("ResultDate") String resultDate,
		@JsonProperty("ResultDateLong") Long resultDateLong,
		@JsonProperty("TransferAuthorizationCodeSubmissionDate") String transferAuthorizationCodeSubmissionDate,
		@JsonProperty("TransferAuthorizationCodeSubmissionDateLong") Long transferAuthorizationCodeSubmissionDateLong) {

	static TransferInWire of(TransferInRecord transfer, Lang lang, TimeFormat time) {
		return new TransferInWire(transfer.instanceId(), transfer.domainName(), transfer.userId(), transfer.email(),
				transfer.needMailCheck(), transfer.whoisMailStatus(), transfer.progressBarType(),
				transfer.status().code(), transfer.status().simple().name(),
				(transfer.resultCode() != null) ? transfer.resultCode().code() : null,
				(transfer.resultCode() != null) ? transfer.resultCode().message(lang) : null,
				time.text(transfer.submissionDate()), time.millis(transfer.submissionDate()),
				time.text(transfer.modificationDate()), time.millis(transfer.modificationDate()),
				time.text(transfer.expirationDate()), time.millis(transfer.expirationDate()),
				time.text(transfer.resultDate()), time.millis(transfer.resultDate()),
				time.text(transfer.transferAuthorizationCodeSubmissionDate()),
				time.millis(transfer.transferAuthorizationCodeSubmissionDate()));
	}

}
