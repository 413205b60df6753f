package dev.domainemu.rpc;

import java.time.Instant;

/** Where the signature nonces of the last window are remembered, to refuse a replay. */
interface Nonces {

	/**
	 * Records the nonce of the key until {@code forgetAt}; {@code false} if it was
	 * recorded already and not yet forgotten at {@code now}.
	 */
	boolean firstUse(String accessKeyId, String nonce, Instant now, Instant forgetAt);

}
