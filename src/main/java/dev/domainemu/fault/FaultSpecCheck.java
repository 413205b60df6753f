package dev.domainemu.fault;

import dev.domainemu.transferin.TransferInResultCode;
import dev.domainemu.transferin.TransferInService;
import dev.domainemu.transferin.TransferInStatus;

/**
 * What a fault rule must say to be added: an error, a latency or both for an RPC call, or
 * a documented Status to move a transfer-in to in place of one of its steps, with a count
 * and a probability in range.
 */
public final class FaultSpecCheck {

	private static final int MAX_LATENCY_MS = 60_000;

	private FaultSpecCheck() {
	}

	/**
	 * Checks a rule before it is added.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	public static void check(FaultSpec spec) {
		if (spec.step() != null) {
			checkStep(spec);
			return;
		}
		if (spec.moveToStatus() != null || spec.moveToResultCode() != null) {
			throw new IllegalArgumentException(
					"transferIn: moves a transfer-in only in place of a step; give match.step");
		}
		if (spec.errorCode() == null && spec.latencyMs() == 0) {
			throw new IllegalArgumentException("error: give an error, a latencyMs, or both");
		}
		if (spec.errorCode() != null && !spec.errorCode().matches("[A-Za-z][A-Za-z0-9.]{0,63}")) {
			throw new IllegalArgumentException("error.code: letters, digits and dots, at most 64");
		}
		if (spec.errorCode() != null
				&& (spec.httpStatus() == null || spec.httpStatus() < 400 || spec.httpStatus() > 599)) {
			throw new IllegalArgumentException("error.httpStatus: must be from 400 to 599");
		}
		if (spec.errorMessage() != null && spec.errorMessage().length() > 512) {
			throw new IllegalArgumentException("error.message: at most 512 characters");
		}
		if (spec.latencyMs() < 0 || spec.latencyMs() > MAX_LATENCY_MS) {
			throw new IllegalArgumentException("latencyMs: must be from 0 to " + MAX_LATENCY_MS);
		}
		checkCommon(spec);
	}

	private static void checkStep(FaultSpec spec) {
		if (!TransferInService.STEPS.contains(spec.step())) {
			throw new IllegalArgumentException("match.step: '" + spec.step()
					+ "' is not a transfer-in step; the steps are " + TransferInService.STEPS);
		}
		if (spec.action() != null) {
			throw new IllegalArgumentException("match.action: a step rule matches no RPC call; leave it out");
		}
		if (spec.errorCode() != null || spec.latencyMs() != 0) {
			throw new IllegalArgumentException(
					"error: a step rule moves the transfer-in (transferIn.status); it has no error or latencyMs");
		}
		if (spec.moveToStatus() == null) {
			throw new IllegalArgumentException("transferIn.status: is required with match.step");
		}
		TransferInStatus status = TransferInStatus.ofCode(spec.moveToStatus());
		if (status == null) {
			throw new IllegalArgumentException(
					"transferIn.status: " + spec.moveToStatus() + " is not a documented Status");
		}
		if (spec.moveToResultCode() != null && TransferInResultCode.ofCode(spec.moveToResultCode()) == null) {
			throw new IllegalArgumentException(
					"transferIn.resultCode: " + spec.moveToResultCode() + " is not a documented ResultCode");
		}
		if (spec.moveToResultCode() != null && !status.carriesResultCode()) {
			throw new IllegalArgumentException(
					"transferIn.resultCode: status " + status.code() + " carries no ResultCode");
		}
		checkCommon(spec);
	}

	private static void checkCommon(FaultSpec spec) {
		if (spec.times() != null && spec.times() < 1) {
			throw new IllegalArgumentException("times: must be 1 or more");
		}
		if (spec.probability() != null && !(spec.probability() > 0 && spec.probability() <= 1)) {
			throw new IllegalArgumentException("probability: must be above 0 and at most 1");
		}
		if (spec.status() != null && TransferInStatus.ofCode(spec.status()) == null) {
			throw new IllegalArgumentException("match.status: " + spec.status() + " is not a documented Status");
		}
	}

}
