package dev.northstar.okr.reading;

import dev.northstar.okr.reading.OkrViews.CycleView;

import java.util.List;
import java.util.Map;

/**
 * Objectives' progress as of several instants (the overview's trend chart): {@code progress.get(key).get(i)} is the
 * objective's roll-up at {@code at.get(i)}, computed by the engine as the tree is, never interpolated. Objectives
 * the caller may not browse are left out.
 */
public record ProgressSeries(CycleView cycle, List<String> at, Map<String, List<Double>> progress) {
    public ProgressSeries {
        at = List.copyOf(at);
        progress = Map.copyOf(progress);
    }
}
