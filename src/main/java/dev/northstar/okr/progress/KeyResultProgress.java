package dev.northstar.okr.progress;

import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.StatusCredit;
import java.util.List;

/**
 * A key result measured at an instant. {@code progress} is the honest, uncapped fraction (1.0 = target, may
 * exceed it or, for a metric moving the wrong way, be negative); {@link #capped()} is what rolls up.
 *
 * <p>Its parts: which key result ({@link Identity}, whose fields are read here too), the figure with its weight,
 * what the issues in scope add up to ({@link IssueTally}), the metric's reading, pace and check-ins, and how the
 * figure was made ({@link Explanation}).
 *
 * @param error a configuration error (the KR is left out of the roll-up), else null
 * @param issues the issues in scope at the as-of instant, counted (all zero for a metric)
 * @param metric the metric's value, for a metric key result; else null
 */
public record KeyResultProgress(Identity identity, double weight, double progress, String error, IssueTally issues,
        MetricReading metric, Pace pace, CheckInSummary checkIns, Explanation explanation) {

    /** Which key result: its issue key and title, how it is measured, and whether it is its owner's focus metric. */
    public record Identity(String key, String title, KeyResultKind kind, boolean focusMetric) {
    }

    /**
     * What the issues in scope add up to at the as-of instant.
     *
     * @param statusCredit the status-category credit the issue figures were measured with
     * @param credit the sum of the issues' credits (equal to {@code done} when done-only)
     * @param pointsCredit the points of the issues weighted by their credit (equal to {@code pointsDone} when
     *     done-only)
     */
    public record IssueTally(int done, int total, double pointsDone, double pointsTotal, int unestimated,
            StatusCredit statusCredit, double credit, double pointsCredit) {
        /** No issues: what a key result without a scope (a metric, a configuration error) shows. */
        public static final IssueTally NONE = new IssueTally(0, 0, 0, 0, 0, StatusCredit.DONE_ONLY, 0, 0);

        public IssueTally {
            statusCredit = statusCredit == null ? StatusCredit.DONE_ONLY : statusCredit;
        }
    }

    /**
     * How the figure was made.
     *
     * @param formula which formula produced the figure, for the UI
     * @param notes what the reader should know about the figure (missing dates, missing values)
     * @param orphanInitiatives initiatives named by the key result but missing from the issues read
     * @param evidence the issues behind the figure (empty when provenance was not requested)
     */
    public record Explanation(String formula, List<String> notes, List<String> orphanInitiatives,
            List<IssueEvidence> evidence) {
        public Explanation {
            notes = List.copyOf(notes);
            orphanInitiatives = List.copyOf(orphanInitiatives);
            evidence = List.copyOf(evidence);
        }
    }

    public String key() {
        return identity.key();
    }

    public String title() {
        return identity.title();
    }

    public KeyResultKind kind() {
        return identity.kind();
    }

    public boolean focusMetric() {
        return identity.focusMetric();
    }

    /** Progress as it enters the objective: clamped to [0, 1] so one overshoot cannot hide a KR that did not move. */
    public double capped() {
        return Math.max(0.0, Math.min(1.0, progress));
    }

    public boolean inRollup() {
        return error == null && weight > 0;
    }
}
