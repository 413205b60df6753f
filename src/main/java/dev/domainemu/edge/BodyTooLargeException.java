package dev.domainemu.edge;

import java.io.IOException;

/** A control-plane body read past {@code emulator.http.max-control-body}: 413. */
public final class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("body: larger than the " + limit + " bytes accepted");
	}

}
