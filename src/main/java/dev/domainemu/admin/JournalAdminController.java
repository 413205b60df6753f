package dev.domainemu.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.domainemu.journal.Journal;
import dev.domainemu.journal.JournalEntry;
import dev.domainemu.journal.JournalFilter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The journal under {@code /_emulator/journal}: every RPC call and status change, oldest
 * first, filtered, and cleared.
 */
@RestController
@RequestMapping("/_emulator/journal")
class JournalAdminController {

	private final Journal journal;

	JournalAdminController(Journal journal) {
		this.journal = journal;
	}

	@GetMapping
	List<JournalEntry> entries(Caller caller, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String action, @RequestParam(required = false) String domainName,
			@RequestParam(required = false) String instanceId, @RequestParam(required = false) String code,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1000") int limit) {
		if (kind != null && !JournalEntry.KINDS.contains(kind)) {
			throw AdminException.badField("kind", "'" + kind + "' is not one of " + JournalEntry.KINDS);
		}
		if (limit < 1) {
			throw AdminException.badField("limit", "must be 1 or more");
		}
		String user = caller.userId();
		return this.journal.entries(new JournalFilter(user, kind, action, domainName, instanceId, code,
				instant("from", from), instant("to", to)), limit);
	}

	/**
	 * Forgets the journal's entries: every account's, or only those of the account the
	 * call names.
	 */
	@DeleteMapping
	ResponseEntity<Void> clear(Caller.IfNamed caller) {
		if (caller.userId() != null) {
			this.journal.clear(caller.userId());
		}
		else {
			this.journal.clear();
		}
		return ResponseEntity.noContent().build();
	}

	private static Instant instant(String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw AdminException.badField(field, "'" + value + "' is not an instant such as 2026-01-15T04:00:00Z");
		}
	}

}
