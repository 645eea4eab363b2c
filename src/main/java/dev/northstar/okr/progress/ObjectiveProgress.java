package dev.northstar.okr.progress;

import java.util.List;

/**
 * An objective measured at an instant: the weighted mean of its KRs' capped progress and of its child
 * objectives (with their weights), with every term shown ({@link Rollup}). Key results are listed focus metric
 * first. The fields of its {@link Identity} are read here too.
 *
 * @param warnings e.g. too many key results (4 or more dilutes focus, above 5 even more)
 */
public record ObjectiveProgress(Identity identity, double weight, double progress, Pace pace,
        List<KeyResultProgress> keyResults, List<ObjectiveProgress> children, Rollup rollup, List<String> warnings) {
    public ObjectiveProgress {
        keyResults = List.copyOf(keyResults);
        children = List.copyOf(children);
        warnings = List.copyOf(warnings);
    }

    /** Which objective: its issue key and title, its owner, and whether it is committed (else aspirational). */
    public record Identity(String key, String title, String owner, boolean committed) {
    }

    /**
     * How the progress was rolled up: every term of the weighted mean, and the sum of the included weights.
     *
     * @param weightSum 0 when nothing is included (the progress is then 0)
     */
    public record Rollup(List<RollupTerm> terms, double weightSum) {
        public Rollup {
            terms = List.copyOf(terms);
        }
    }

    public String key() {
        return identity.key();
    }

    public String title() {
        return identity.title();
    }

    public String owner() {
        return identity.owner();
    }

    public boolean committed() {
        return identity.committed();
    }
}
