package dev.northstar.okr.progress;

import java.time.Duration;

/**
 * Engine settings (admin settings in the app).
 *
 * @param includeSubtasks count sub-tasks on their own (default: they count through their parent)
 * @param onTrack pace ratio at or above which a KR is on track (0.95, UpRaise's published rule)
 * @param atRisk pace ratio at or above which a KR is at risk (0.75); below it is off track
 * @param justStarted elapsed cycle fraction below which pace is "just started" (0.10)
 * @param staleAfter time without a check-in after which a KR is stale (14 days)
 * @param includeChildObjectives roll child objectives into their parent with their own weight
 */
public record EngineOptions(boolean includeSubtasks, double onTrack, double atRisk, double justStarted,
        Duration staleAfter, boolean includeChildObjectives) {
    public EngineOptions {
        if (!(atRisk >= 0 && atRisk <= onTrack) || Double.isNaN(onTrack) || Double.isInfinite(onTrack)) {
            throw new IllegalArgumentException("pace thresholds must satisfy 0 <= atRisk <= onTrack, got atRisk "
                    + atRisk + " onTrack " + onTrack);
        }
        if (!(justStarted >= 0 && justStarted <= 1)) {
            throw new IllegalArgumentException("justStarted must be a fraction in [0, 1], got " + justStarted);
        }
        if (staleAfter == null || staleAfter.isNegative()) {
            throw new IllegalArgumentException("staleAfter must be a non-negative duration");
        }
    }

    public static EngineOptions defaults() {
        return new EngineOptions(false, 0.95, 0.75, 0.10, Duration.ofDays(14), true);
    }

    public EngineOptions withIncludeSubtasks(boolean include) {
        return new EngineOptions(include, onTrack, atRisk, justStarted, staleAfter, includeChildObjectives);
    }

    public EngineOptions withPace(double onTrackRatio, double atRiskRatio, double justStartedFraction) {
        return new EngineOptions(includeSubtasks, onTrackRatio, atRiskRatio, justStartedFraction, staleAfter,
                includeChildObjectives);
    }

    public EngineOptions withStaleAfter(Duration d) {
        return new EngineOptions(includeSubtasks, onTrack, atRisk, justStarted, d, includeChildObjectives);
    }
}
