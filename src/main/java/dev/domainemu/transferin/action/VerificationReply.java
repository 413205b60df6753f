package dev.domainemu.transferin.action;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.domainemu.transferin.MailVerification;

/**
 * The reply of TransferInCheckMailToken and ConfirmTransferInEmail: the domains verified
 * and those not, each list in its wrapper.
 */
record VerificationReply(@JsonProperty("SuccessList") SuccessList successList,
		@JsonProperty("FailList") FailList failList) {

	static VerificationReply of(MailVerification verification) {
		return new VerificationReply(new SuccessList(verification.succeeded()), new FailList(verification.failed()));
	}

	record SuccessList(@JsonProperty("SuccessDomain") List<String> successDomain) {
	}

	record FailList(@JsonProperty("FailDomain") List<String> failDomain) {
	}

}
