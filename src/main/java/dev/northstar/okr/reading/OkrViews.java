package dev.northstar.okr.reading;


import java.util.List;

/**
 * What the read endpoints and screens show: immutable, ready to render, and holding no logic. Instants are ISO-8601
 * texts (UTC), so any JSON binder writes them the same way. Every issue the
 * caller may not browse is left out of every list and counted in a {@code hidden...} field instead; a figure still
 * counts it, because figures are computed on every issue in scope.
 */
public final class OkrViews {
    private OkrViews() {
    }

    public record CycleView(long id, String name, String start, String end, boolean closed) {
    }

    /** @param ratio progress / expected, null before the cycle has begun */
    public record PaceView(double expected, Double ratio, String status) {
    }

    /** @param latestConfidence 0 without a check-in; trend = latest minus the one before */
    public record CheckInView(int latestConfidence, int trend, String lastCheckIn, String lastNote, boolean stale,
                              long daysSinceCheckIn) {
    }

    public record ValueView(String at, double value) {
    }

    /** A metric's reading: the value at the as-of instant, where it came from, and its history. */
    public record MetricView(String direction, Double value, String setAt, String source, double start,
                             double target, double low, double high, double outsideBy, String unit,
                             List<ValueView> history) {
        public MetricView {
            history = List.copyOf(history);
        }
    }

    /** An initiative the caller may see, with its planning scope and scores (0 = not scored). */
    public record InitiativeView(String key, String summary, String scope, int impact, int effort) {
    }

    /**
     * One key result. {@code progress} is honest (may exceed 1.0); {@code capped} is what rolls up.
     *
     * @param hiddenIssues    issues in scope the caller may not browse (counted in done / total, never named)
     * @param error           a translated configuration error (the KR is then left out of the roll-up), else null
     * @param orphanInitiatives initiatives rated for this KR that Jira no longer links to it (deleted or unlinked)
     * @param credit          the issues' status-category credit at the as-of instant (equal to {@code done} when the
     *                        KR counts done issues only)
     * @param pointsCredit    points weighted by their issue's credit (equal to {@code pointsDone} when done-only)
     */
    public record KeyResultView(String key, String title, String kind, boolean focusMetric, double weight,
                                double progress, double capped, int done, int total, int hiddenIssues,
                                double pointsDone, double pointsTotal, int unestimated, String error,
                                String errorKey, String formula, MetricView metric, PaceView pace,
                                CheckInView checkIn, List<InitiativeView> initiatives, int hiddenInitiatives,
                                List<String> orphanInitiatives, int hiddenOrphans, double credit,
                                double pointsCredit) {
        public KeyResultView {
            initiatives = List.copyOf(initiatives);
            orphanInitiatives = List.copyOf(orphanInitiatives);
        }

        /** A done-only key result: its credit is its done count and done points. */
        public KeyResultView(String key, String title, String kind, boolean focusMetric, double weight,
                             double progress, double capped, int done, int total, int hiddenIssues,
                             double pointsDone, double pointsTotal, int unestimated, String error,
                             String errorKey, String formula, MetricView metric, PaceView pace,
                             CheckInView checkIn, List<InitiativeView> initiatives, int hiddenInitiatives,
                             List<String> orphanInitiatives, int hiddenOrphans) {
            this(key, title, kind, focusMetric, weight, progress, capped, done, total, hiddenIssues, pointsDone,
                    pointsTotal, unestimated, error, errorKey, formula, metric, pace, checkIn, initiatives,
                    hiddenInitiatives, orphanInitiatives, hiddenOrphans, done, pointsDone);
        }
    }

    /** One term of an objective's weighted mean; {@code key} is null for a term the caller may not see. */
    public record TermView(String source, String key, double weight, double cappedProgress, boolean included) {
    }

    /**
     * One objective with its key results (focus metric first) and aligned child objectives. An objective the caller
     * may not browse but whose children they may keep its place in the tree as {@code hidden}, without key, title or
     * owner.
     */
    public record ObjectiveView(String key, String title, String owner, boolean committed, boolean hidden,
                                double weight, double progress, PaceView pace, List<KeyResultView> keyResults,
                                int hiddenKeyResults, List<ObjectiveView> children, int hiddenChildren,
                                List<TermView> terms, double weightSum, List<String> warnings) {
        public ObjectiveView {
            keyResults = List.copyOf(keyResults);
            children = List.copyOf(children);
            terms = List.copyOf(terms);
            warnings = List.copyOf(warnings);
        }
    }

    public record ObjectiveTree(CycleView cycle, String project, String asOf, List<ObjectiveView> objectives,
                                int hiddenObjectives, List<String> warnings) {
        public ObjectiveTree {
            objectives = List.copyOf(objectives);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * An issue behind a figure: why it is in scope, whether it counted as done at the as-of instant, and the credit it
     * earned there.
     *
     * @param inProgressAt     when it first left "to do" (null when to do now)
     * @param inProgressSource transition, done, updated, created or none: the evidence for {@code inProgressAt}
     */
    public record EvidenceView(String key, String type, String via, String created, boolean inScope, boolean done,
                               String doneAt, String doneSource, Double points, double credit, String inProgressAt,
                               String inProgressSource) {
        /** Done-only evidence, without the in-progress instant. */
        public EvidenceView(String key, String type, String via, String created, boolean inScope, boolean done,
                            String doneAt, String doneSource, Double points) {
            this(key, type, via, created, inScope, done, doneAt, doneSource, points, inScope && done ? 1.0 : 0.0,
                    null, "none");
        }
    }

    /**
     * One key result with the issues and values behind each figure.
     *
     * @param hiddenDone issues the caller may not browse that counted as done (part of {@code done})
     * @param hiddenCredit the credit those issues earned (part of the key result's {@code credit})
     */
    public record KeyResultDetail(CycleView cycle, String objectiveKey, String asOf, KeyResultView keyResult,
                                  List<EvidenceView> issues, int hiddenIssues, int hiddenDone, List<String> notes,
                                  double hiddenCredit) {
        public KeyResultDetail {
            issues = List.copyOf(issues);
            notes = List.copyOf(notes);
        }

        /** A done-only detail: hidden issues earn credit only by being done. */
        public KeyResultDetail(CycleView cycle, String objectiveKey, String asOf, KeyResultView keyResult,
                               List<EvidenceView> issues, int hiddenIssues, int hiddenDone, List<String> notes) {
            this(cycle, objectiveKey, asOf, keyResult, issues, hiddenIssues, hiddenDone, notes, hiddenDone);
        }
    }

    public record SprintView(int id, String name, String state, String start, String end, String complete) {
    }

    public record CompletedView(String key, Double points, String doneAt) {
    }

    /**
     * How far one key result moved in the sprint, with the sprint's issues that moved it and those left open.
     *
     * @param started with partial credit, the not-done issues that left "to do" in the sprint (part of
     *                {@code notDone}); they moved the key result by the in-progress weight
     */
    public record SprintKeyResultView(String key, String title, double progressAtStart, double progressAtEnd,
                                      double delta, List<CompletedView> completed, int hiddenCompleted,
                                      double pointsCompleted, List<String> notDone, int hiddenNotDone,
                                      PaceView paceAtEnd, CheckInView checkIn, List<String> started,
                                      int hiddenStarted) {
        public SprintKeyResultView {
            completed = List.copyOf(completed);
            notDone = List.copyOf(notDone);
            started = List.copyOf(started);
        }

        /** A done-only key result's sprint: nothing moves it by being started. */
        public SprintKeyResultView(String key, String title, double progressAtStart, double progressAtEnd,
                                   double delta, List<CompletedView> completed, int hiddenCompleted,
                                   double pointsCompleted, List<String> notDone, int hiddenNotDone,
                                   PaceView paceAtEnd, CheckInView checkIn) {
            this(key, title, progressAtStart, progressAtEnd, delta, completed, hiddenCompleted, pointsCompleted,
                    notDone, hiddenNotDone, paceAtEnd, checkIn, List.of(), 0);
        }
    }

    /** Share of the sprint's completed issues (and points) that sit in the scope of any key result. */
    public record AlignmentView(int completed, int aligned, double share, double points, double alignedPoints,
                                double pointsShare, int unestimated) {
    }

    public record SprintReviewView(SprintView sprint, String project, CycleView cycle, String windowStart,
                                   String windowEnd, List<SprintKeyResultView> keyResults, int hiddenKeyResults,
                                   AlignmentView alignment, List<String> warnings) {
        public SprintReviewView {
            keyResults = List.copyOf(keyResults);
            warnings = List.copyOf(warnings);
        }
    }
}
