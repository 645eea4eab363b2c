package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Sprint;
import java.time.Instant;
import java.util.List;

/**
 * A sprint seen through the OKRs: per KR whose scope has issues in the sprint, progress at the sprint's start
 * and end; and the sprint's OKR alignment.
 *
 * @param start the sprint's start date
 * @param end its complete date if closed, else now
 */
public record SprintReview(Sprint sprint, Instant start, Instant end, List<KrSprintDelta> keyResults,
        Alignment alignment) {
    public SprintReview {
        keyResults = List.copyOf(keyResults);
    }

    /** An issue completed inside the sprint window. */
    public record CompletedIssue(String key, Double points, Instant doneAt) {
    }

    /**
     * One KR in the sprint.
     *
     * @param completed in-scope sprint issues done inside (start, end], with points
     * @param notDone in-scope sprint issues not done at end
     * @param started with partial credit, in-scope sprint issues that left "to do" inside (start, end] and were not
     *     done at end: they moved the KR by the in-progress weight (empty when done-only)
     */
    public record KrSprintDelta(String key, String title, double progressAtStart, double progressAtEnd,
            List<CompletedIssue> completed, double pointsCompleted, List<String> notDone, Pace paceAtEnd,
            CheckInSummary checkIns, List<String> started) {
        public KrSprintDelta {
            completed = List.copyOf(completed);
            notDone = List.copyOf(notDone);
            started = started == null ? List.of() : List.copyOf(started);
        }

        /** A done-only KR's delta: no issue moves it by being started. */
        public KrSprintDelta(String key, String title, double progressAtStart, double progressAtEnd,
                List<CompletedIssue> completed, double pointsCompleted, List<String> notDone, Pace paceAtEnd,
                CheckInSummary checkIns) {
            this(key, title, progressAtStart, progressAtEnd, completed, pointsCompleted, notDone, paceAtEnd, checkIns,
                    List.of());
        }

        public double delta() {
            return progressAtEnd - progressAtStart;
        }
    }

    /**
     * Share of the sprint's completed issues (and of their points) that lie in the scope of any KR.
     * Shares are 0 when nothing (or no points) was completed.
     */
    public record Alignment(int completed, int aligned, double points, double alignedPoints, int unestimated) {
        public double share() {
            return completed == 0 ? 0.0 : (double) aligned / completed;
        }

        public double pointsShare() {
            return points == 0 ? 0.0 : alignedPoints / points;
        }
    }
}
