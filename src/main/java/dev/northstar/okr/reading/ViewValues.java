package dev.northstar.okr.reading;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.progress.CheckInSummary;
import dev.northstar.okr.progress.Pace;
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

    static PaceView pace(Pace pace) {
        if (pace == null) {
            return null;
        }
        return new PaceView(pace.expected(), Double.isFinite(pace.ratio()) ? pace.ratio() : null, pace.status().id());
    }

    static CheckInView checkIn(CheckInSummary c) {
        return c == null ? null : new CheckInView(c.latestConfidence(), c.trend(), iso(c.lastCheckIn()), c.lastNote(),
                c.stale(), c.daysSinceCheckIn());
    }

    static CycleView cycle(StoredCycle c) {
        return new CycleView(c.id(), c.cycle().name(), iso(c.cycle().start()), iso(c.cycle().end()), c.closed());
    }
}
