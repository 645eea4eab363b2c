package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.StatusCredit;
import java.util.Arrays;

/**
 * The obvious implementation: for each KR, rescan every issue and test whether it belongs to one of the KR's
 * initiatives (no epic index). Kept as an independent reference to cross-check the indexed engine and as the
 * benchmark's baseline; cost is KRs x issues.
 */
public final class NaiveEvaluator {
    private final IssueTable table;
    private final boolean includeSubtasks;

    public NaiveEvaluator(IssueTable table, boolean includeSubtasks) {
        this.table = table;
        this.includeSubtasks = includeSubtasks;
    }

    /**
     * Counts for one KR at t: {done, total, unestimated, pointsDone, pointsTotal, credit, pointsCredit}. Credit
     * follows the KR's status weights: done at t earns the done weight, else having left "to do" at or before t the
     * in-progress weight, else the to-do weight.
     */
    public double[] counts(KeyResult kr, long t) {
        StatusCredit w = kr.statusCredit();
        int[] initiatives = kr.initiatives().stream().filter(Initiative::measured)
                .mapToInt(i -> table.rowOf(i.issueKey())).filter(r -> r >= 0).sorted().distinct().toArray();
        boolean[] hasChildren = new boolean[initiatives.length];
        int n = table.size();
        for (int r = 0; r < n; r++) {
            int e = table.epicRow(r);
            int i = e < 0 ? -1 : Arrays.binarySearch(initiatives, e);
            if (i >= 0) {
                hasChildren[i] = true;
            }
        }
        double done = 0;
        double total = 0;
        double unest = 0;
        double pd = 0;
        double pt = 0;
        double credit = 0;
        double pc = 0;
        for (int r = 0; r < n; r++) {
            boolean in = inScope(r, initiatives, hasChildren);
            if (!in && includeSubtasks && table.subtask(r) && table.parentRow(r) >= 0) {
                in = inScope(table.parentRow(r), initiatives, hasChildren);
            }
            if (!in || !table.existsAt(r, t)) {
                continue;
            }
            total++;
            boolean d = table.doneAtOrBefore(r, t);
            double c = d ? w.done() : table.inProgressAt(r) <= t ? w.inProgress() : w.toDo();
            credit += c;
            float pts = table.points(r);
            if (Float.isNaN(pts)) {
                unest++;
            } else {
                pt += pts;
                pc += c * pts;
            }
            if (d) {
                done++;
                pd += Float.isNaN(pts) ? 0 : pts;
            }
        }
        return new double[] {done, total, unest, pd, pt, credit, pc};
    }

    private boolean inScope(int r, int[] initiatives, boolean[] hasChildren) {
        int e = table.epicRow(r);
        int i = e < 0 ? -1 : Arrays.binarySearch(initiatives, e);
        if (i >= 0 && (includeSubtasks || !table.subtask(r))) {
            return true;
        }
        int self = Arrays.binarySearch(initiatives, r);
        return self >= 0 && !hasChildren[self];
    }
}
