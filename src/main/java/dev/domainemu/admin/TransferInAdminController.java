package dev.domainemu.admin;

import java.util.Arrays;
import java.util.List;

import dev.domainemu.paging.Window;
import dev.domainemu.rpc.DomainNames;
import dev.domainemu.scenario.Scenario;
import dev.domainemu.scenario.Seeds;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.transferin.IllegalTransitionException;
import dev.domainemu.transferin.TimelineMove;
import dev.domainemu.transferin.TransferInChange;
import dev.domainemu.transferin.TransferInEvent;
import dev.domainemu.transferin.TransferInRecord;
import dev.domainemu.transferin.TransferInControl;
import dev.domainemu.transferin.TransferInQueries;
import dev.domainemu.transferin.TransferInSeeding;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's transfer-ins: seeded in any documented Status, listed, looked up with
 * their history and timeline, held, moved by an event or forced into a Status. Each call
 * takes an optional {@code account} (the default account when left out).
 */
@RestController
@RequestMapping("/_emulator/transfer-ins")
class TransferInAdminController {

	private final TransferInQueries queries;

	private final TransferInSeeding seeding;

	private final TransferInControl control;

	private final ChangeGate gate;

	TransferInAdminController(TransferInQueries queries, TransferInSeeding seeding, TransferInControl control,
			ChangeGate gate) {
		this.queries = queries;
		this.seeding = seeding;
		this.control = control;
		this.gate = gate;
	}

	/**
	 * Seeds a transfer-in in any documented Status, optionally held or with a timeline
	 * ({@code [{"after": "2m", "status": 29}]}).
	 */
	@PostMapping
	ResponseEntity<TransferInView> addTransferIn(@RequestBody Scenario.TransferIn request, Caller caller) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(TransferInView.of(this.gate.together(caller.userId(),
					() -> this.seeding.seed(caller.userId(), Seeds.transferIn(request)))));
	}

	/**
	 * A page of the account's transfer-ins, newest first, of one domain and in one Status
	 * when those are given.
	 */
	@GetMapping
	ResponseEntity<List<TransferInView>> transferIns(Caller caller, @RequestParam(required = false) String domainName,
			@RequestParam(required = false) Integer status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		String name = (domainName != null) ? DomainNames.normalize(domainName) : null;
		if (domainName != null && name == null) {
			throw AdminException.badField("domainName", "'" + domainName + "' is not a domain name");
		}
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.queries.all(caller.userId(), name, status, window), TransferInView::of);
	}

	@GetMapping("/{instanceId}")
	TransferInView transferIn(@PathVariable String instanceId, Caller caller) {
		return TransferInView.of(found(instanceId, this.queries.find(caller.userId(), instanceId)));
	}

	/** The transfer-in's status changes (from, to, when, cause), oldest first. */
	@GetMapping("/{instanceId}/history")
	List<TransferInChange> history(@PathVariable String instanceId, Caller caller) {
		return found(instanceId, this.queries.history(caller.userId(), instanceId));
	}

	/** The timeline moves still to come for a transfer-in, in time order. */
	@GetMapping("/{instanceId}/timeline")
	List<AdminRequests.TimelineState> timeline(@PathVariable String instanceId, Caller caller) {
		List<TimelineMove> moves = found(instanceId, this.control.pendingTimeline(caller.userId(), instanceId));
		return moves.stream().map(AdminRequests.TimelineState::of).toList();
	}

	/**
	 * Holds a transfer-in ({@code {"held": true}}: the service's own steps leave it where
	 * it is) or releases it, what its status waits for set in motion again.
	 */
	@PutMapping("/{instanceId}/hold")
	TransferInView hold(@PathVariable String instanceId, @RequestBody AdminRequests.Hold request, Caller caller) {
		if (request.held() == null) {
			throw AdminException.badField("held", "is required: true or false");
		}
		return TransferInView.of(found(instanceId, this.gate.together(caller.userId(),
				() -> this.control.hold(caller.userId(), instanceId, request.held()))));
	}

	/**
	 * Moves a transfer-in by an event through the transition table: {@code 404} for an
	 * unknown instance, {@code 409} naming the refused move.
	 */
	@PostMapping("/{instanceId}/events")
	TransferInView move(@PathVariable String instanceId, @RequestBody AdminRequests.Move request, Caller caller) {
		TransferInEvent event = Arrays.stream(TransferInEvent.values())
			.filter((candidate) -> candidate.name().equals(request.event()))
			.findFirst()
			.orElseThrow(() -> AdminException.badField("event",
					"'" + request.event() + "' is not one of " + Arrays.toString(TransferInEvent.values())));
		TransferInRecord moved;
		try {
			moved = this.gate.together(caller.userId(), () -> this.control.move(caller.userId(), instanceId, event));
		}
		catch (IllegalTransitionException ex) {
			throw new AdminException(HttpStatus.CONFLICT, "event", "event: " + ex.getMessage());
		}
		return TransferInView.of(found(instanceId, moved));
	}

	/**
	 * Puts a transfer-in straight into a documented Status, derived fields recomputed:
	 * {@code 404} for an unknown instance, {@code 400} for an undocumented status,
	 * {@code 409} when it would make a second open transfer-in of the domain.
	 */
	@PostMapping("/{instanceId}/force")
	TransferInView force(@PathVariable String instanceId, @RequestBody AdminRequests.Force request, Caller caller) {
		return TransferInView.of(found(instanceId, this.gate.together(caller.userId(),
				() -> this.control.force(caller.userId(), instanceId, request.status(), request.resultCode()))));
	}

	/** What the service answered, or a {@code 404} naming the instance when nothing. */
	private static <T> T found(String instanceId, T answer) {
		if (answer == null) {
			throw AdminException.noTransferIn(instanceId);
		}
		return answer;
	}

}
