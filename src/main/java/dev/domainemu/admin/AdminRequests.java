package dev.domainemu.admin;

import java.time.Instant;

import dev.domainemu.progression.StepSetting;
import dev.domainemu.transferin.TimelineMove;

/**
 * Bodies of admin requests and replies.
 */
final class AdminRequests {

	private AdminRequests() {
	}

	/** Holds or releases a transfer-in. */
	record Hold(Boolean held) {
	}

	/** A timeline move still to come: seconds after the seeding, and the Status. */
	record TimelineState(double afterSeconds, int status, String resultCode) {

		static TimelineState of(TimelineMove move) {
			return new TimelineState(move.after().toMillis() / 1000.0, move.status(), move.resultCode());
		}

	}

	/** A move of a transfer-in by an event of the transition table. */
	record Move(String event) {
	}

	/** A forced Status, with an optional ResultCode for a status that carries one. */
	record Force(Integer status, String resultCode) {
	}

	/**
	 * How to end a task's unfinished details: {@code outcome} {@code success} (with a
	 * {@code result}) or {@code failure} (with an {@code errorMsg} and a
	 * {@code failReason}); one detail, or every unfinished one.
	 */
	record Settle(String taskDetailNo, String outcome, String result, String errorMsg, String failReason) {
	}

	/** The longest advance or step duration: 100 years of seconds. */
	static final double MAX_SECONDS = 100 * 365.25 * 24 * 3600;

	/** The earliest and latest instants the clock may show: years 1970 to 9999. */
	static final Instant EARLIEST = Instant.EPOCH;

	static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

	/** Refuses an instant outside the years 1970 to 9999, naming the field. */
	static void checkInstant(String field, Instant instant) {
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			throw AdminException.badField(field, "must bring the clock to a time within the years 1970 to 9999");
		}
	}

	record ClockState(Instant now, Boolean frozen) {
	}

	record Advance(Double seconds) {
	}

	/** A change to a step's policy; either part may be left out. */
	record StepChange(String policy, Double seconds) {
	}

	/**
	 * A step's policy, its duration in seconds, how many steps of it wait, and how many
	 * failed every attempt and were given up since the last reset.
	 */
	record StepState(String policy, double seconds, long pending, long failed) {

		static StepState of(StepSetting setting, Long pending, Long failed) {
			return new StepState(setting.policy().label(), setting.duration().toMillis() / 1000.0,
					(pending != null) ? pending : 0, (failed != null) ? failed : 0);
		}

	}

}
