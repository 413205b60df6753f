package dev.domainemu.transferin;

import dev.domainemu.paging.Window;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verification mail of transfer-ins that await it (Status 11): sending it to the
 * outbox, sending it again, and asking WHOIS again for the registrant email.
 */
@Service
public class TransferInMailService {

	private final TransferInRepository transfers;

	private final OutboxMailRepository outbox;

	private final RegistrarService registrar;

	private final EmulatorClock clock;

	private final OutboxProperties properties;

	private final SecureRandom random = new SecureRandom();

	TransferInMailService(TransferInRepository transfers, OutboxMailRepository outbox, RegistrarService registrar,
			EmulatorClock clock, OutboxProperties properties) {
		this.transfers = transfers;
		this.outbox = outbox;
		this.registrar = registrar;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Sends the verification mail of the domain's transfer-in again, with a new token;
	 * {@code DomainTransferPendingNotExist} unless a transfer-in of the domain awaits
	 * mail verification (Status 11). Without a WHOIS address nothing is sent.
	 */
	@Transactional
	public void resendMailToken(String userId, String domainName) {
		TransferIn transfer = awaitingMail(userId, domainName);
		transfer.mailResent(this.clock.now(userId));
		if (transfer.awaitsMailVerification()) {
			send(transfer);
		}
	}

	/**
	 * Looks the registrant email up in WHOIS again for the domain's transfer-in in Status
	 * 11; an address found becomes the transfer's email and the mail goes out to it.
	 */
	@Transactional
	public void refetchWhoisEmail(String userId, String domainName) {
		TransferIn transfer = awaitingMail(userId, domainName);
		String whoisEmail = this.registrar.view(userId, domainName).whoisEmail();
		transfer.whoisRefetched(whoisEmail, this.clock.now(userId));
		if (whoisEmail != null) {
			send(transfer);
		}
	}

	/**
	 * The verification mails sent for the account, oldest first, for one domain or all.
	 */
	@Transactional(readOnly = true)
	public Slice<OutboxMailRecord> outbox(String userId, String domainName, Window window) {
		Pageable page = window.pageable(Sort.by("id"));
		Slice<OutboxMail> mails = (domainName != null) ? this.outbox.findByUserIdAndDomainName(userId, domainName, page)
				: this.outbox.findByUserId(userId, page);
		return mails.map(OutboxMail::toRecord);
	}

	private TransferIn awaitingMail(String userId, String domainName) {
		return this.transfers
			.findFirstByUserIdAndDomainNameAndStateStatusCodeOrderBySubmissionDateDesc(userId, domainName,
					TransferInStatus.MAIL_TOKEN_SENT.code())
			.orElseThrow(() -> new ApiException(ApiError.DOMAIN_TRANSFER_PENDING_NOT_EXIST));
	}

	/**
	 * Sends a mail with a new token; of the transfer-in's mails, only the newest
	 * {@code emulator.outbox.max-mails-per-transfer-in} are kept.
	 */
	void send(TransferIn transfer) {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		this.outbox.save(new OutboxMail(transfer.userId(), transfer.instanceId(), transfer.domainName(),
				transfer.email(), HexFormat.of().formatHex(bytes), this.clock.now(transfer.userId())));
		List<Long> newestFirst = this.outbox.findIdsNewestFirst(transfer.instanceId());
		int keep = this.properties.maxMailsPerTransferIn();
		if (newestFirst.size() > keep) {
			this.outbox.deleteAllByIdInBatch(newestFirst.subList(keep, newestFirst.size()));
		}
	}

	void clear() {
		this.outbox.deleteAllInBatch();
	}

	void remove(Collection<String> instanceIds) {
		this.outbox.deleteByInstanceIds(instanceIds);
	}

}
