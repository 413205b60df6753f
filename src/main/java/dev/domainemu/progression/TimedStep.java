package dev.domainemu.progression;

/**
 * A step handler of one kind, timed by default after a duration of its own: what the
 * handlers extend, so each says only what its step does.
 */
public abstract class TimedStep implements StepHandler {

	private final String kind;

	private final StepSetting defaultSetting;

	protected TimedStep(String kind, StepSetting defaultSetting) {
		this.kind = kind;
		this.defaultSetting = defaultSetting;
	}

	@Override
	public final String kind() {
		return this.kind;
	}

	@Override
	public final StepSetting defaultSetting() {
		return this.defaultSetting;
	}

}
