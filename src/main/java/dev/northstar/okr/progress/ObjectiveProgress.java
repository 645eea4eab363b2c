package dev.northstar.okr.progress;

import java.util.List;

/**
 * An objective measured at an instant: the weighted mean of its KRs' capped progress and of its child
 * objectives (with their weights), with every term shown. Key results are listed focus metric first.
 *
 * @param warnings e.g. too many key results (4 or more dilutes focus, above 5 even more)
 */
public record ObjectiveProgress(String key, String title, String owner, boolean committed, double weight,
        double progress, Pace pace, List<KeyResultProgress> keyResults, List<ObjectiveProgress> children,
        List<RollupTerm> terms, double weightSum, List<String> warnings) {
    public ObjectiveProgress {
        keyResults = List.copyOf(keyResults);
        children = List.copyOf(children);
        terms = List.copyOf(terms);
        warnings = List.copyOf(warnings);
    }
}
