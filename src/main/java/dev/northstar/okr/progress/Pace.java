package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Cycle;
import java.time.Instant;

/**
 * Pace at an instant: expected = elapsed fraction of the cycle (capped at 1.0 after the end),
 * ratio = progress / expected.
 *
 * @param ratio NaN when expected is 0 (before or at the cycle start)
 */
public record Pace(double expected, double ratio, PaceStatus status) {

    public static Pace of(double progress, Cycle cycle, Instant t, EngineOptions o) {
        double expected = cycle.elapsedFraction(t);
        if (t.isBefore(cycle.start())) {
            return new Pace(0.0, Double.NaN, PaceStatus.NOT_STARTED);
        }
        double ratio = expected == 0 ? Double.NaN : progress / expected;
        if (expected < o.justStarted()) {
            return new Pace(expected, ratio, PaceStatus.JUST_STARTED);
        }
        PaceStatus s = ratio >= o.onTrack() ? PaceStatus.ON_TRACK
                : ratio >= o.atRisk() ? PaceStatus.AT_RISK : PaceStatus.OFF_TRACK;
        return new Pace(expected, ratio, s);
    }
}
