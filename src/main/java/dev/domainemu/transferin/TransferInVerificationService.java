package dev.domainemu.transferin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrant's answer to the verification mail: following the mail's link (its
 * token), or confirming the address directly. A verified transfer-in moves from Status 11
 * to 19 and on through {@link TransferInFlow}.
 */
@Service
public class TransferInVerificationService {

	private final TransferInRepository transfers;

	private final OutboxMailRepository outbox;

	private final TransferInFlow flow;

	private final EmulatorClock clock;

	TransferInVerificationService(TransferInRepository transfers, OutboxMailRepository outbox, TransferInFlow flow,
			EmulatorClock clock) {
		this.transfers = transfers;
		this.outbox = outbox;
		this.flow = flow;
		this.clock = clock;
	}

	/**
	 * Verifies the transfer-in a mail's token belongs to. {@code TokenFailed} when the
	 * token is not one of the account's mails or a later mail for the same transfer has
	 * replaced it; the domain is in the fail list when its transfer-in no longer waits
	 * for verification.
	 */
	@Transactional
	public MailVerification checkMailToken(String userId, String token) {
		OutboxMail mail = this.outbox.findFirstByToken(token)
			.filter((found) -> found.userId().equals(userId))
			.filter((found) -> this.outbox.findFirstByInstanceIdOrderByIdDesc(found.instanceId())
				.map((latest) -> latest.id().equals(found.id()))
				.orElse(false))
			.orElseThrow(() -> new ApiException(ApiError.TOKEN_FAILED));
		TransferIn transfer = this.transfers.findById(mail.instanceId()).orElse(null);
		String domainName = mail.domainName();
		if (transfer == null || transfer.status() != TransferInStatus.MAIL_TOKEN_SENT) {
			return new MailVerification(List.of(), List.of(domainName));
		}
		verify(transfer);
		return new MailVerification(List.of(domainName), List.of());
	}

	/**
	 * Verifies each domain's transfer-in that waits for mail verification (Status 11)
	 * with this email (compared without regard to case) as its registrant email; the
	 * others are in the fail list. A domain given twice is answered once.
	 */
	@Transactional
	public MailVerification confirmEmail(String userId, List<String> domainNames, String email) {
		Map<String, TransferIn> waiting = this.transfers
			.findByUserIdAndDomainNameInAndStateStatusCode(userId, domainNames, TransferInStatus.MAIL_TOKEN_SENT.code())
			.stream()
			.collect(Collectors.toMap(TransferIn::domainName, Function.identity(), (first, second) -> first));
		List<String> succeeded = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		domainNames.stream().distinct().forEach((domainName) -> {
			TransferIn transfer = waiting.get(domainName);
			if (transfer != null && transfer.email() != null && transfer.email().equalsIgnoreCase(email)) {
				verify(transfer);
				succeeded.add(domainName);
			}
			else {
				failed.add(domainName);
			}
		});
		return new MailVerification(succeeded, failed);
	}

	private void verify(TransferIn transfer) {
		transfer.apply(TransferInEvent.MAIL_VERIFIED, null, this.clock.now(transfer.userId()));
		this.flow.moved(transfer, this.clock.now(transfer.userId()));
	}

}
