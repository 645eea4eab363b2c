package dev.northstar.okr.progress;

import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.StatusCredit;
import java.util.List;

/**
 * A key result measured at an instant. {@code progress} is the honest, uncapped fraction (1.0 = target, may
 * exceed it or, for a metric moving the wrong way, be negative); {@link #capped()} is what rolls up.
 *
 * @param error a configuration error (the KR is left out of the roll-up), else null
 * @param formula which formula produced the figure, for the UI
 * @param evidence the issues behind the figure (empty when provenance was not requested)
 * @param statusCredit the status-category credit the issue figures were measured with
 * @param credit the sum of the issues' credits at the as-of instant (equal to {@code done} when done-only)
 * @param pointsCredit the points of the issues weighted by their credit (equal to {@code pointsDone} when done-only)
 */
public record KeyResultProgress(String key, String title, KeyResultKind kind, boolean focusMetric, double weight,
        double progress,
        int done, int total, double pointsDone, double pointsTotal, int unestimated, List<String> orphanInitiatives,
        String error, String formula, MetricReading metric, Pace pace, CheckInSummary checkIns, List<String> notes,
        List<IssueEvidence> evidence, StatusCredit statusCredit, double credit, double pointsCredit) {

    public KeyResultProgress {
        orphanInitiatives = List.copyOf(orphanInitiatives);
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
        statusCredit = statusCredit == null ? StatusCredit.DONE_ONLY : statusCredit;
    }

    /** A figure measured done-only: the credit is the done count and the done points. */
    public KeyResultProgress(String key, String title, KeyResultKind kind, boolean focusMetric, double weight,
            double progress, int done, int total, double pointsDone, double pointsTotal, int unestimated,
            List<String> orphanInitiatives, String error, String formula, MetricReading metric, Pace pace,
            CheckInSummary checkIns, List<String> notes, List<IssueEvidence> evidence) {
        this(key, title, kind, focusMetric, weight, progress, done, total, pointsDone, pointsTotal, unestimated,
                orphanInitiatives, error, formula, metric, pace, checkIns, notes, evidence, StatusCredit.DONE_ONLY,
                done, pointsDone);
    }

    /** Progress as it enters the objective: clamped to [0, 1] so one overshoot cannot hide a KR that did not move. */
    public double capped() {
        return Math.max(0.0, Math.min(1.0, progress));
    }

    public boolean inRollup() {
        return error == null && weight > 0;
    }
}
