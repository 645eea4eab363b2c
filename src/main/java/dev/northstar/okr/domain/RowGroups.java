package dev.northstar.okr.domain;

import java.util.Arrays;

/**
 * Rows grouped by a key, stored compressed: the rows of group g are {@code rows[start[g] .. start[g + 1])}. The
 * table's indexes (an epic's children, a parent's sub-tasks, a sprint's members) are built once as these, so that a
 * lookup reads one contiguous run of ints.
 */
final class RowGroups {
    final int[] start;
    final int[] rows;

    private RowGroups(int[] start, int[] rows) {
        this.start = start;
        this.rows = rows;
    }

    /** The inverse of a row to row reference column: the rows that name each row, by referenced row (-1 names none). */
    static RowGroups invert(int[] ref, int n) {
        int[] start = new int[n + 1];
        int total = 0;
        for (int r = 0; r < n; r++) {
            if (ref[r] >= 0) {
                start[ref[r] + 1]++;
                total++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] out = new int[total];
        for (int r = 0; r < n; r++) {
            if (ref[r] >= 0) {
                out[fill[ref[r]]++] = r;
            }
        }
        return new RowGroups(start, out);
    }

    /** Every sprint id that occurs, sorted and once: group g of {@link #bySprint} is the sprint {@code keys[g]}. */
    static int[] sprintKeys(int[] sprintIds) {
        int[] distinct = Arrays.copyOf(sprintIds, sprintIds.length);
        Arrays.sort(distinct);
        int u = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[u++] = distinct[i];
            }
        }
        return Arrays.copyOf(distinct, u);
    }

    /** The rows of each sprint of {@code keys}, from the sprints of each row (row r's are at sprintStart[r]..). */
    static RowGroups bySprint(int[] keys, int[] sprintStart, int[] sprintIds, int n) {
        int u = keys.length;
        int[] start = new int[u + 1];
        for (int id : sprintIds) {
            start[Arrays.binarySearch(keys, id) + 1]++;
        }
        for (int i = 0; i < u; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, u);
        int[] members = new int[sprintIds.length];
        for (int r = 0; r < n; r++) {
            for (int i = sprintStart[r]; i < sprintStart[r + 1]; i++) {
                members[fill[Arrays.binarySearch(keys, sprintIds[i])]++] = r;
            }
        }
        return new RowGroups(start, members);
    }
}
