package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Cycle;

import java.time.Instant;

/**
 * Pace of a milestone. A milestone is done or not: it has no part done to compare with the elapsed part of the cycle,
 * so progress 0 before its due date says nothing about being behind. It is off track only when its cycle ends and it
 * is not done. Until then, once the cycle is under way (past "just started"): on track while its work is under way
 * (its issue, or an issue of its scope, has left "to do"), not started while nothing has, and at risk, either way,
 * in the cycle's last quarter; its ratio is then NaN (no figure). Before the cycle, when just started, once done and
 * once the cycle has ended, the usual pace rules apply.
 */
final class MilestonePace {
    /** The share of the cycle after which an undone milestone is at risk: its last quarter. */
    static final double AT_RISK_FROM = 0.75;

    private MilestonePace() {
    }

    static Pace of(boolean done, boolean underWay, Cycle cycle, Instant t, EngineOptions options) {
        Pace usual = Pace.of(done ? 1.0 : 0.0, cycle, t, options);
        if (done || usual.expected() >= 1.0 || usual.status() == PaceStatus.NOT_STARTED
                || usual.status() == PaceStatus.JUST_STARTED) {
            return usual;
        }
        PaceStatus status = usual.expected() >= AT_RISK_FROM ? PaceStatus.AT_RISK
                : underWay ? PaceStatus.ON_TRACK : PaceStatus.NOT_STARTED;
        // no ratio: 0 done of a binary goal compared with the elapsed time is no figure
        return new Pace(usual.expected(), Double.NaN, status);
    }
}
