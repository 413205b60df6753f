package dev.domainemu.task.action;

import java.time.Instant;

import dev.domainemu.clock.TimeFormat;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.rpc.RpcRequest;

/**
 * The {@code BeginCreateTime} / {@code EndCreateTime} filter of the task lists, by day as
 * the API documents: from the start of the begin day to the end of the end day, in the
 * configured time zone. Either bound may be left out.
 *
 * @param from the first instant in range, or {@code null}
 * @param to the first instant after the range, or {@code null}
 */
record CreateTimeRange(Instant from, Instant to) {

	/** The last millisecond a date can name (9999-12-31 23:59:59.999 UTC). */
	private static final long MAX_MILLIS = 253_402_300_799_999L;

	static CreateTimeRange of(RpcRequest request, TimeFormat time) {
		Instant begin = millis(request, "BeginCreateTime");
		Instant end = millis(request, "EndCreateTime");
		return new CreateTimeRange((begin != null) ? time.startOfDay(begin) : null,
				(end != null) ? time.startOfNextDay(end) : null);
	}

	/**
	 * An epoch-millisecond parameter; {@code Invalid{Name}} outside year 1970 to 9999.
	 */
	static Instant millis(RpcRequest request, String name) {
		Long value = request.optionalLong(name);
		if (value == null) {
			return null;
		}
		if (value < 0 || value > MAX_MILLIS) {
			throw new ApiException(ApiError.INVALID_PARAMETER, name);
		}
		return Instant.ofEpochMilli(value);
	}

}
