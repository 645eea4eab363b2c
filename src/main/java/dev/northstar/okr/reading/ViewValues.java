package dev.northstar.okr.reading;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.progress.CheckInSummary;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.progress.Pace;
import dev.northstar.okr.progress.PaceStatus;
import dev.northstar.okr.reading.OkrViews.CheckInView;
import dev.northstar.okr.reading.OkrViews.CycleView;
import dev.northstar.okr.reading.OkrViews.PaceView;

import java.time.Instant;

/** The small values every view shares, as the JSON shows them: instants as ISO-8601 texts, no infinite ratio. */
final class ViewValues {
    private ViewValues() {
    }

    static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    /** The pace as the views show it: none before the cycle began (an upcoming cycle has its starting point only). */
    static PaceView pace(Pace pace) {
        // before its cycle begins nothing is expected yet: no pace (a milestone not under way in a running cycle is
        // "not started" too, but with time already passed, and keeps its lozenge)
        if (pace == null || pace.status() == PaceStatus.NOT_STARTED && !(pace.expected() > 0)) {
            return null;
        }
        return new PaceView(pace.expected(), Double.isFinite(pace.ratio()) ? pace.ratio() : null, pace.status().id());
    }

    static CheckInView checkIn(CheckInSummary c) {
        return c == null ? null : new CheckInView(c.latestConfidence(), c.trend(), iso(c.lastCheckIn()), c.lastNote(),
                c.stale(), c.daysSinceCheckIn());
    }

    static CycleView cycle(StoredCycle c, Instant now) {
        return new CycleView(c.id(), c.cycle().name(), iso(c.cycle().start()), iso(c.cycle().end()), c.closed(),
                Measurement.state(c.cycle(), c.closedAt(), now).id());
    }

    /** When a cycle's figures are measured: now, at its end once ended or closed, or at the instant asked for. */
    static Measurement measurement(StoredCycle c, Instant now, Instant asOf) {
        return Measurement.of(c.cycle(), c.closedAt(), now, asOf);
    }
}
