package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves a KR's initiatives into issue rows. An initiative that other issues name as their epic stands for
 * those children; otherwise for the issue itself. Sub-tasks are left out (they count through their parent)
 * unless the options include them. The scope is the de-duplicated union over the KR's initiatives.
 */
public final class ScopeResolver {
    private final IssueTable table;
    private final boolean includeSubtasks;

    public ScopeResolver(IssueTable table, boolean includeSubtasks) {
        this.table = table;
        this.includeSubtasks = includeSubtasks;
    }

    public Scope resolve(KeyResult kr) {
        if (kr.kind() == KeyResultKind.MILESTONE && kr.milestoneIssue() != null && kr.initiatives().isEmpty()) {
            // a milestone on one issue is measured on that issue itself, never on an epic's children
            int row = table.rowOf(kr.milestoneIssue());
            if (row == IssueTable.NONE || !table.present(row)) {
                return new Scope(new int[0], new String[0], List.of(kr.milestoneIssue()),
                        List.of("milestone issue " + kr.milestoneIssue() + " is not in the export"));
            }
            return new Scope(new int[] {row}, new String[] {kr.milestoneIssue()}, List.of(), List.of());
        }
        return resolve(kr.initiatives());
    }

    public Scope resolve(List<Initiative> initiatives) {
        int[] rows = new int[16];
        int[] viaIdx = new int[16];
        int n = 0;
        List<String> keys = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Initiative ini : initiatives) {
            if (!ini.measured()) {
                notes.add(ini.issueKey() + " is marked not in scope and is not measured");
                continue;
            }
            int vi = keys.size();
            keys.add(ini.issueKey());
            int row = table.rowOf(ini.issueKey());
            if (row == IssueTable.NONE) {
                orphans.add(ini.issueKey());
                notes.add(ini.issueKey() + " is not in the export and no issue names it as its epic: it adds nothing");
                continue;
            }
            int[] members;
            if (table.childCount(row) > 0) {
                members = table.childrenOf(row);
                if (!table.present(row)) {
                    orphans.add(ini.issueKey());
                    notes.add(ini.issueKey() + " is not in the export, but " + members.length
                            + (members.length == 1 ? " issue names it as its epic: it is counted"
                            : " issues name it as their epic: they are counted"));
                }
            } else {
                members = new int[] {row};
            }
            for (int m : members) {
                boolean named = members.length == 1 && m == row; // an initiative named directly always counts
                if (!named && table.subtask(m) && !includeSubtasks) {
                    continue;
                }
                if (n + 1 >= rows.length) {
                    rows = Arrays.copyOf(rows, rows.length * 2);
                    viaIdx = Arrays.copyOf(viaIdx, viaIdx.length * 2);
                }
                rows[n] = m;
                viaIdx[n++] = vi;
                if (includeSubtasks) {
                    for (int s : table.subtasksOf(m)) {
                        if (n + 1 >= rows.length) {
                            rows = Arrays.copyOf(rows, rows.length * 2);
                            viaIdx = Arrays.copyOf(viaIdx, viaIdx.length * 2);
                        }
                        rows[n] = s;
                        viaIdx[n++] = vi;
                    }
                }
            }
        }
        return dedupe(rows, viaIdx, n, keys, orphans, notes);
    }

    private static Scope dedupe(int[] rows, int[] viaIdx, int n, List<String> keys, List<String> orphans,
            List<String> notes) {
        // sort (row, via) pairs by row, keeping the first initiative a row came through
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) rows[i] << 32) | (i & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        int[] outRows = new int[n];
        String[] via = new String[n];
        int u = 0;
        for (int i = 0; i < n; i++) {
            int row = (int) (packed[i] >>> 32);
            if (u > 0 && outRows[u - 1] == row) {
                continue;
            }
            outRows[u] = row;
            via[u++] = keys.get(viaIdx[(int) packed[i]]);
        }
        return new Scope(Arrays.copyOf(outRows, u), Arrays.copyOf(via, u), orphans, notes);
    }
}
