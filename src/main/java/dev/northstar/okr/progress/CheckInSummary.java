package dev.northstar.okr.progress;

import java.time.Instant;

/**
 * Latest confidence on a KR and its trend, and whether check-ins are stale at the as-of instant.
 *
 * @param latestConfidence 1 to 10; null when there is no check-in yet
 * @param trend latest minus previous confidence; null with fewer than two check-ins
 */
public record CheckInSummary(Integer latestConfidence, Integer trend, Instant lastCheckIn, String lastNote,
        boolean stale,
        long daysSinceCheckIn) {
}
