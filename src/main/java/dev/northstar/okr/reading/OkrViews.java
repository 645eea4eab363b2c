package dev.northstar.okr.reading;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;
import java.util.Objects;

/**
 * What the read endpoints and screens show: immutable, ready to render, and holding no logic. Instants are ISO-8601
 * texts (UTC), so any JSON binder writes them the same way. Every issue the
 * caller may not browse is left out of every list and counted in a {@code hidden...} field instead; a figure still
 * counts it, because figures are computed on every issue in scope.
 *
 * <p>A view with many fields holds them in small named parts; each part is written into its view's JSON object
 * ({@link JsonUnwrapped}), so the JSON stays one flat object as docs/rest-api-read.md shows it. A part is never
 * null: an unwrapped null would drop its fields from the JSON.
 */
public final class OkrViews {
    private OkrViews() {
    }

    /** @param state where the cycle is now: {@code upcoming}, {@code running}, {@code ended} or {@code closed} */
    public record CycleView(long id, String name, String start, String end, boolean closed, String state) {
    }

    /** A pace; a view has none (null) for an instant before its cycle began. */
    public record PaceView(double expected, Double ratio, String status) {
    }

    /**
     * @param latestConfidence 1 to 10; null without a check-in
     * @param trend            latest minus the one before; null with fewer than two check-ins
     */
    public record CheckInView(Integer latestConfidence, Integer trend, String lastCheckIn, String lastNote,
                              boolean stale, long daysSinceCheckIn) {
    }

    public record ValueView(String at, double value) {
    }

    /** A metric's reading: the value at the as-of instant, where it came from, and its history. */
    public record MetricView(String direction, @JsonUnwrapped Reading reading, @JsonUnwrapped Goal goal, String unit,
                             List<ValueView> history) {
        public MetricView {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(goal, "goal");
            history = List.copyOf(history);
        }

        /** @param value null before any value was set */
        public record Reading(Double value, String setAt, String source) {
        }

        /**
         * Where the metric goes: from start to target, or for a metric to maintain the band it stays in. Only what
         * applies has a value: a band has {@code low}, {@code high} and {@code outsideBy} (0 inside the band), and
         * null start and target; an increase or decrease has start and target, and null band fields.
         */
        public record Goal(Double start, Double target, Double low, Double high, Double outsideBy) {
        }
    }

    /** An initiative the caller may see, with its planning scope and scores (0 = not scored). */
    public record InitiativeView(String key, String summary, String scope, int impact, int effort) {
    }

    /** One key result: its figures, how they are measured, its signals, its initiatives and the credit earned. */
    public record KeyResultView(String key, String title, String kind, boolean focusMetric, double weight,
                                @JsonUnwrapped Figures figures, @JsonUnwrapped Measure measure,
                                @JsonUnwrapped Signals signals, @JsonUnwrapped DrivenBy drivenBy,
                                @JsonUnwrapped Credit earned) {
        public KeyResultView {
            Objects.requireNonNull(figures, "figures");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(signals, "signals");
            Objects.requireNonNull(drivenBy, "drivenBy");
            Objects.requireNonNull(earned, "earned");
        }

        /**
         * {@code progress} is honest (may exceed 1.0); {@code capped} is what rolls up.
         *
         * @param hiddenIssues issues in scope the caller may not browse (counted in done / total, never named)
         */
        public record Figures(double progress, double capped, int done, int total, int hiddenIssues,
                              double pointsDone, double pointsTotal, int unestimated) {
        }

        /**
         * @param error   a translated configuration error (the KR is then left out of the roll-up), else null
         * @param formula how the figure is made, in English (for logs; screens word it themselves)
         */
        public record Measure(String error, String errorKey, String formula) {
        }

        /** What the figure alone does not say: the metric's reading, the pace, the check-ins. */
        public record Signals(MetricView metric, PaceView pace, CheckInView checkIn) {
        }

        /**
         * The initiatives that drive the key result (Jira's "drives" link), as the caller may see them.
         *
         * @param orphanInitiatives initiatives rated for this KR that Jira no longer links to it (deleted, unlinked)
         */
        public record DrivenBy(List<InitiativeView> initiatives, int hiddenInitiatives,
                               List<String> orphanInitiatives, int hiddenOrphans) {
            public DrivenBy {
                initiatives = List.copyOf(initiatives);
                orphanInitiatives = List.copyOf(orphanInitiatives);
            }
        }

        /**
         * @param credit       the issues' status-category credit at the as-of instant (equal to {@code done} when the
         *                     KR counts done issues only)
         * @param pointsCredit points weighted by their issue's credit (equal to {@code pointsDone} when done-only)
         */
        public record Credit(double credit, double pointsCredit) {
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
                                @JsonUnwrapped Figures figures, @JsonUnwrapped Contents contents,
                                @JsonUnwrapped Rollup rollup, List<String> warnings) {
        public ObjectiveView {
            Objects.requireNonNull(figures, "figures");
            Objects.requireNonNull(contents, "contents");
            Objects.requireNonNull(rollup, "rollup");
            warnings = List.copyOf(warnings);
        }

        /** @param weight the objective's weight in its parent's roll-up */
        public record Figures(double weight, double progress, PaceView pace) {
        }

        /** What sits under the objective: its key results and the objectives aligned to it. */
        public record Contents(List<KeyResultView> keyResults, int hiddenKeyResults, List<ObjectiveView> children,
                               int hiddenChildren) {
            public Contents {
                keyResults = List.copyOf(keyResults);
                children = List.copyOf(children);
            }
        }

        /** The weighted mean that makes the objective's progress: its terms and the sum of their weights. */
        public record Rollup(List<TermView> terms, double weightSum) {
            public Rollup {
                terms = List.copyOf(terms);
            }
        }
    }

    /**
     * @param figuresAt why the figures are as of {@code asOf}: {@code now} (a running or upcoming cycle) or
     *                  {@code cycle-end} (an ended or closed cycle: its end date, or its close when earlier)
     */
    public record ObjectiveTree(CycleView cycle, String project, String asOf, String figuresAt,
                                List<ObjectiveView> objectives, int hiddenObjectives, List<String> warnings) {
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
    public record EvidenceView(String key, String type, String via, String created, boolean inScope,
                               @JsonUnwrapped Completion completion, Double points, double credit,
                               @JsonUnwrapped InProgress inProgress) {
        public EvidenceView {
            Objects.requireNonNull(completion, "completion");
            Objects.requireNonNull(inProgress, "inProgress");
        }

        /** @param done whether it counted as done at the as-of instant; {@code doneSource} is the evidence for it */
        public record Completion(boolean done, String doneAt, String doneSource) {
        }

        public record InProgress(String inProgressAt, String inProgressSource) {
        }
    }

    /**
     * One key result with the issues and values behind each figure.
     *
     * @param figuresAt why the figures are as of {@code asOf}: {@code now}, {@code cycle-end} or {@code as-of} (asked)
     * @param hiddenDone issues the caller may not browse that counted as done (part of {@code done})
     * @param hiddenCredit the credit those issues earned (part of the key result's {@code credit})
     */
    public record KeyResultDetail(CycleView cycle, String objectiveKey, String asOf, String figuresAt,
                                  KeyResultView keyResult,
                                  List<EvidenceView> issues, int hiddenIssues, int hiddenDone, List<String> notes,
                                  double hiddenCredit) {
        public KeyResultDetail {
            issues = List.copyOf(issues);
            notes = List.copyOf(notes);
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
    public record SprintKeyResultView(String key, String title, @JsonUnwrapped Movement movement,
                                      @JsonUnwrapped Finished finished, @JsonUnwrapped Unfinished unfinished,
                                      PaceView paceAtEnd, CheckInView checkIn, List<String> started,
                                      int hiddenStarted) {
        public SprintKeyResultView {
            Objects.requireNonNull(movement, "movement");
            Objects.requireNonNull(finished, "finished");
            Objects.requireNonNull(unfinished, "unfinished");
            started = List.copyOf(started);
        }

        public record Movement(double progressAtStart, double progressAtEnd, double delta) {
        }

        /** @param pointsCompleted the points of all completed issues, hidden ones included */
        public record Finished(List<CompletedView> completed, int hiddenCompleted, double pointsCompleted) {
            public Finished {
                completed = List.copyOf(completed);
            }
        }

        public record Unfinished(List<String> notDone, int hiddenNotDone) {
            public Unfinished {
                notDone = List.copyOf(notDone);
            }
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
