package dev.domainemu.progression;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How due steps are run.
 *
 * @param batchSize how many steps due at the same time run in one transaction
 * @param requestWait how long an RPC call waits, at most, for the steps due before it
 * (another thread may be running them) before it is answered with what is stored
 * @param workers how many threads run the steps due at the same time: 1 or 2 (on a
 * machine with one processor, always 1)
 */
@ConfigurationProperties("emulator.steps")
record StepEngineProperties(@DefaultValue("500") int batchSize, @DefaultValue("2s") Duration requestWait,
		@DefaultValue("2") int workers) {

	StepEngineProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("emulator.steps.batch-size must be 1 or more");
		}
		if (workers < 1 || workers > 2) {
			throw new IllegalArgumentException("emulator.steps.workers must be 1 or 2");
		}
		workers = Math.min(workers, Runtime.getRuntime().availableProcessors());
		if (requestWait.isNegative()) {
			throw new IllegalArgumentException("emulator.steps.request-wait must not be negative");
		}
	}

}
