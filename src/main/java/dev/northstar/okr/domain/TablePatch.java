package dev.northstar.okr.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The own values of a table's rows, copied and changed for a few facts ({@link IssueTable#withFacts}). An edit to an
 * issue in scope changes its status, instants or points far more often than what links it to others; copying eleven
 * columns of primitives then costs far less than building the table again (parsing every key, hashing, grouping).
 */
final class TablePatch {
    final byte[] flags;
    final byte[] category;
    final byte[] doneSource;
    final byte[] progressSource;
    final long[] created;
    final long[] doneAt;
    final long[] progressAt;
    final float[] points;
    final Map<Integer, Map<String, NumericHistory>> numeric;
    final Map<Integer, List<String>> notes;

    private TablePatch(IssueTable t) {
        flags = t.flags.clone();
        category = t.category.clone();
        doneSource = t.doneSource.clone();
        progressSource = t.progressSource.clone();
        created = t.created.clone();
        doneAt = t.doneAt.clone();
        progressAt = t.progressAt.clone();
        points = t.points.clone();
        numeric = new HashMap<>(t.numeric);
        notes = new HashMap<>(t.notes);
    }

    /** The table with the facts' own values, or null when a fact changes more than those (see the caller). */
    static IssueTable apply(IssueTable table, Collection<IssueFact> changed) {
        int[] rows = new int[changed.size()];
        int i = 0;
        for (IssueFact f : changed) {
            int row = table.rowOf(f.key());
            if (row == IssueTable.NONE || !sameLinks(table, row, f)) {
                return null;
            }
            rows[i++] = row;
        }
        TablePatch patch = new TablePatch(table);
        i = 0;
        for (IssueFact f : changed) {
            int r = rows[i++];
            IssueColumns.ownValues(f, r, patch.flags, patch.category, patch.doneSource, patch.progressSource,
                    patch.created, patch.doneAt, patch.progressAt, patch.points);
            put(patch.numeric, r, f.numericFields().isEmpty() ? null : f.numericFields());
            put(patch.notes, r, f.notes().isEmpty() ? null : f.notes());
        }
        return new IssueTable(table, patch);
    }

    /** Whether the row holds an issue with the fact's type, kind, epic, parent and sprints. */
    private static boolean sameLinks(IssueTable t, int row, IssueFact f) {
        return t.present(row) && f.present() && t.type(row).equals(f.type()) && t.subtask(row) == f.subtask()
                && t.epicType(row) == f.epic()
                && same(f.epicKey(), t.epicRow(row) < 0 ? null : t.key(t.epicRow(row)))
                && same(f.parentKey(), t.parentRow(row) < 0 ? null : t.key(t.parentRow(row)))
                && Arrays.equals(t.sprintIdsOf(row), f.sprintIds().stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static <V> void put(Map<Integer, V> map, int row, V value) {
        if (value == null) {
            map.remove(row);
        } else {
            map.put(row, value);
        }
    }
}
