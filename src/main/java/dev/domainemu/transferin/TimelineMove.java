package dev.domainemu.transferin;

import java.time.Duration;

/**
 * One move of a transfer-in's timeline: a while after it was seeded, it is put into a
 * documented Status (derived fields recomputed, as the control plane's force does).
 *
 * @param after how long after the seeding
 * @param status the Status it moves to
 * @param resultCode the ResultCode, for a status that carries one; {@code null} for its
 * default
 */
public record TimelineMove(Duration after, int status, String resultCode) {
}
