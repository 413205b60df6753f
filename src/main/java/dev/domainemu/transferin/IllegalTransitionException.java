package dev.domainemu.transferin;

/**
 * A move the transition table does not allow; nothing was changed.
 */
public class IllegalTransitionException extends RuntimeException {

	private final TransferInStatus from;

	private final TransferInEvent event;

	IllegalTransitionException(TransferInStatus from, TransferInEvent event, int progressBarType) {
		super("A transfer-in in Status " + from.code() + " (progress bar type " + progressBarType + ") cannot take "
				+ event);
		this.from = from;
		this.event = event;
	}

	public TransferInStatus from() {
		return this.from;
	}

	public TransferInEvent event() {
		return this.event;
	}

}
