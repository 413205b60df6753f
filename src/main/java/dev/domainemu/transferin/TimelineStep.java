package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepHandler;
import dev.domainemu.progression.StepSetting;

import org.springframework.stereotype.Component;

/**
 * A transfer-in's timeline move falls due: each is scheduled from its own time, so the
 * default setting (timed, 0 s) runs it exactly then; {@code manual} holds every timeline.
 */
@Component
class TimelineStep implements StepHandler {

	static final String KIND = "timeline";

	private final TransferInControl transfers;

	TimelineStep(TransferInControl transfers) {
		this.transfers = transfers;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public StepSetting defaultSetting() {
		return StepSetting.timed(Duration.ZERO);
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		this.transfers.timelineDue(instanceId, dueAt);
	}

}
