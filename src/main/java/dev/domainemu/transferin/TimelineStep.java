package dev.domainemu.transferin;

import java.time.Duration;
import java.time.Instant;

import dev.domainemu.progression.StepSetting;
import dev.domainemu.progression.TimedStep;

import org.springframework.stereotype.Component;

/**
 * A transfer-in's timeline move falls due: each is scheduled from its own time, so the
 * default setting (timed, 0 s) runs it exactly then; {@code manual} holds every timeline.
 */
@Component
class TimelineStep extends TimedStep {

	static final String KIND = "timeline";

	private final TransferInControl transfers;

	TimelineStep(TransferInControl transfers) {
		super(KIND, StepSetting.timed(Duration.ZERO));
		this.transfers = transfers;
	}

	@Override
	public void run(String instanceId, Instant dueAt) {
		this.transfers.timelineDue(instanceId, dueAt);
	}

}
