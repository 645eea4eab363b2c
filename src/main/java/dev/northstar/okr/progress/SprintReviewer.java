package dev.northstar.okr.progress;

import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Sprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the sprint review. Sprint membership is any sprint the issue was in (closed sprints and the current
 * one), so carried-over issues appear in every sprint they passed through; "completed in the sprint" means
 * done inside (start, end]. Progress at start and end follows each KR's status credit, so with partial credit the
 * issues started in the sprint move it too, and are listed.
 */
public final class SprintReviewer {
    private final OkrEngine engine;

    public SprintReviewer(OkrEngine engine) {
        this.engine = engine;
    }

    public SprintReview review(OkrPlan plan, Sprint sprint, Instant now) {
        return review(engine.resolve(plan), sprint, now);
    }

    public SprintReview review(ResolvedPlan resolved, Sprint sprint, Instant now) {
        OkrPlan plan = resolved.plan();
        if (sprint.start() == null) {
            throw new IllegalArgumentException("sprint " + sprint.id() + " (" + sprint.name() + ") has not started");
        }
        IssueTable table = engine.table();
        Instant startI = sprint.start();
        Instant endI = sprint.reviewEnd(now);
        long s = startI.toEpochMilli();
        long e = endI.toEpochMilli();
        boolean subtasks = engine.options().includeSubtasks();
        int[] members = table.sprintMembers(sprint.id());
        Arrays.sort(members);
        List<SprintReview.KrSprintDelta> deltas = new ArrayList<>();
        int[] union = new int[64];
        int unionSize = 0;
        for (Objective o : plan.objectives()) {
            for (KeyResult kr : o.keyResults()) {
                if (!OkrEngine.usesScope(kr)) {
                    continue;
                }
                Scope scope = resolved.scope(kr.key());
                if (unionSize + scope.size() > union.length) {
                    union = Arrays.copyOf(union, Math.max(union.length * 2, unionSize + scope.size()));
                }
                for (int i = 0; i < scope.size(); i++) {
                    union[unionSize++] = scope.row(i);
                }
                List<SprintReview.CompletedIssue> completed = new ArrayList<>();
                List<String> notDone = new ArrayList<>();
                List<String> started = new ArrayList<>();
                boolean credits = kr.statusCredit().creditsProgress();
                double pts = 0;
                boolean touches = false;
                for (int i = 0; i < scope.size(); i++) {
                    int r = scope.row(i);
                    if (Arrays.binarySearch(members, r) < 0) {
                        continue;
                    }
                    touches = true;
                    long d = table.doneAt(r);
                    if (d > s && d <= e) {
                        float p = table.points(r);
                        completed.add(new SprintReview.CompletedIssue(table.key(r), Float.isNaN(p) ? null : (double) p,
                                Instant.ofEpochMilli(d)));
                        pts += Float.isNaN(p) ? 0 : p;
                    } else if (d > e && table.existsAt(r, e)) {
                        notDone.add(table.key(r));
                        long p = table.inProgressAt(r);
                        if (credits && p > s && p <= e) {
                            started.add(table.key(r));
                        }
                    }
                }
                if (!touches) {
                    continue;
                }
                completed.sort(java.util.Comparator.comparing(SprintReview.CompletedIssue::key, IssueKey.KEY_ORDER));
                notDone.sort(IssueKey.KEY_ORDER);
                started.sort(IssueKey.KEY_ORDER);
                KeyResultProgress atStart = engine.keyResult(plan, kr, scope, startI, false);
                KeyResultProgress atEnd = engine.keyResult(plan, kr, scope, endI, false);
                deltas.add(new SprintReview.KrSprintDelta(kr.key(), kr.title(), atStart.progress(), atEnd.progress(),
                        completed, pts, notDone, atEnd.pace(), atEnd.checkIns(), started));
            }
        }
        // one sort of all scope rows instead of a merge per KR (which grows quadratically with the KR count)
        union = Arrays.copyOf(union, unionSize);
        Arrays.sort(union);
        int completed = 0;
        int aligned = 0;
        int unestimated = 0;
        double points = 0;
        double alignedPoints = 0;
        for (int r : members) {
            long d = table.doneAt(r);
            if (d <= s || d > e || (!subtasks && table.subtask(r))) {
                continue;
            }
            float p = table.points(r);
            boolean in = Arrays.binarySearch(union, r) >= 0;
            completed++;
            if (Float.isNaN(p)) {
                unestimated++;
            } else {
                points += p;
            }
            if (in) {
                aligned++;
                alignedPoints += Float.isNaN(p) ? 0 : p;
            }
        }
        return new SprintReview(sprint, startI, endI, deltas,
                new SprintReview.Alignment(completed, aligned, points, alignedPoints, unestimated));
    }
}
