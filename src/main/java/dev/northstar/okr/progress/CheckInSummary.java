package dev.northstar.okr.progress;

import java.time.Instant;

/**
 * Latest confidence on a KR and its trend, and whether check-ins are stale at the as-of instant.
 *
 * @param latestConfidence 0 when there is no check-in yet
 * @param trend latest minus previous confidence (0 with fewer than two check-ins)
 */
public record CheckInSummary(int latestConfidence, int trend, Instant lastCheckIn, String lastNote, boolean stale,
        long daysSinceCheckIn) {
}
