package dev.northstar.okr.progress;

import java.util.List;

/**
 * An objective measured at an instant: the weighted mean of its KRs' capped progress and of its child
 * objectives (with their weights), with every term shown.
 */
public record ObjectiveProgress(String key, String title, String owner, boolean committed, double weight,
        double progress, Pace pace, List<KeyResultProgress> keyResults, List<ObjectiveProgress> children,
        List<RollupTerm> terms, double weightSum) {
    public ObjectiveProgress {
        keyResults = List.copyOf(keyResults);
        children = List.copyOf(children);
        terms = List.copyOf(terms);
    }
}
