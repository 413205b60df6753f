package dev.domainemu.admin;

import java.util.List;

import dev.domainemu.paging.Window;
import dev.domainemu.progression.Progression;
import dev.domainemu.scenario.Seeds;
import dev.domainemu.transferin.OutboxMailRecord;
import dev.domainemu.transferin.TransferInMailService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The verification mails the emulator has sent for transfer-ins. */
@RestController
@RequestMapping("/_emulator/outbox")
class OutboxController {

	private final TransferInMailService mail;

	private final Progression progression;

	OutboxController(TransferInMailService mail, Progression progression) {
		this.mail = mail;
		this.progression = progression;
	}

	/** A page of the verification mails sent for the account, oldest first. */
	@GetMapping
	ResponseEntity<List<OutboxMailRecord>> outbox(@RequestParam(required = false) String domainName, Caller caller,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		this.progression.runDue(caller.userId());
		return AdminPages.reply(window, this.mail.outbox(caller.userId(),
				(domainName != null) ? Seeds.domainName("domainName", domainName) : null, window));
	}

}
