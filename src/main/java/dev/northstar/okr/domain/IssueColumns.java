package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an {@link IssueTable} while it is built: one growable array of primitives per fact, project and type
 * names kept once in dictionaries. Rows are appended (the issues, then placeholders for keys they name but the export
 * lacks) and finally put in their table order by {@link #reorder(int[])}; the table copies the columns trimmed.
 *
 * <p>Epic and parent start as references by key ({@link #epicRef}, {@link #parentRef}: project index and number in
 * one long, -1 for none) and become row numbers ({@link #epic}, {@link #parent}) once every row exists.
 */
final class IssueColumns {
    static final byte F_PRESENT = 1;
    static final byte F_SUBTASK = 2;
    static final byte F_EPIC = 4;
    /** The reader noted something about the issue (its notes are in {@link #notes}). */
    static final byte F_NOTED = 8;

    final List<String> projects = new ArrayList<>();
    private final Map<String, Integer> projectIndex = new HashMap<>();
    final List<String> types = new ArrayList<>();
    private final Map<String, Integer> typeIndex = new HashMap<>();
    final Map<Integer, Map<String, NumericHistory>> numeric = new HashMap<>();
    /** The reader's notes by row, for the few issues that have any. */
    final Map<Integer, List<String>> notes = new HashMap<>();
    int size;
    short[] project = new short[1024];
    int[] number = new int[1024];
    short[] type = new short[1024];
    byte[] flags = new byte[1024];
    byte[] category = new byte[1024];
    byte[] doneSource = new byte[1024];
    byte[] progressSource = new byte[1024];
    long[] created = new long[1024];
    long[] doneAt = new long[1024];
    long[] progressAt = new long[1024];
    float[] points = new float[1024];
    long[] epicRef = new long[1024];
    long[] parentRef = new long[1024];
    int[] epic;
    int[] parent;
    /** The sprints of row r are sprintIds[sprintStart[r] .. sprintStart[r + 1]), the last row's up to sprintCount. */
    int[] sprintStart = new int[1025];
    int[] sprintIds = new int[1024];
    int sprintCount;

    /** Appends the row of an issue the export contains; its epic and parent stay references until resolved. */
    void append(IssueFact f) {
        IssueKey k = IssueKey.parse(f.key());
        grow();
        int r = size++;
        project[r] = (short) projectOf(k.project());
        number[r] = k.number();
        type[r] = (short) index(types, typeIndex, f.type());
        ownValues(f, r, flags, category, doneSource, progressSource, created, doneAt, progressAt, points);
        epicRef[r] = ref(f.epicKey());
        parentRef[r] = ref(f.parentKey());
        sprintStart[r] = sprintCount;
        for (int id : f.sprintIds()) {
            if (sprintCount == sprintIds.length) {
                sprintIds = Arrays.copyOf(sprintIds, sprintIds.length * 2);
            }
            sprintIds[sprintCount++] = id;
        }
        if (!f.numericFields().isEmpty()) {
            numeric.put(r, f.numericFields());
        }
        if (!f.notes().isEmpty()) {
            notes.put(r, f.notes());
        }
    }

    /**
     * Writes a row's own values, those that no other row refers to (flags, status, instants, points), into the
     * columns: when the row is appended, and when a table is copied with a few rows changed ({@link TablePatch}).
     */
    static void ownValues(IssueFact f, int r, byte[] flags, byte[] category, byte[] doneSource, byte[] progressSource,
                          long[] created, long[] doneAt, long[] progressAt, float[] points) {
        flags[r] = (byte) (F_PRESENT | (f.subtask() ? F_SUBTASK : 0) | (f.epic() ? F_EPIC : 0)
                | (f.notes().isEmpty() ? 0 : F_NOTED));
        category[r] = (byte) f.statusCategory().ordinal();
        doneSource[r] = (byte) f.doneSource().ordinal();
        created[r] = f.created().toEpochMilli();
        Instant d = f.doneAt();
        doneAt[r] = d == null ? IssueTable.NEVER : d.toEpochMilli();
        progressSource[r] = (byte) f.inProgressSource().ordinal();
        Instant p = f.inProgressAt();
        progressAt[r] = p == null ? IssueTable.NEVER : p.toEpochMilli();
        points[r] = f.storyPoints() == null ? Float.NaN : f.storyPoints().floatValue();
    }

    /** Appends a placeholder for a key named by others but missing from the export: no type, to do, never created. */
    int appendPlaceholder(int projectIndex, int issueNumber) {
        grow();
        int r = size++;
        project[r] = (short) projectIndex;
        number[r] = issueNumber;
        type[r] = (short) index(types, typeIndex, "");
        flags[r] = 0;
        category[r] = (byte) StatusCategory.TO_DO.ordinal();
        doneSource[r] = (byte) DoneSource.NONE.ordinal();
        progressSource[r] = (byte) InProgressSource.NONE.ordinal();
        created[r] = IssueTable.NEVER;
        doneAt[r] = IssueTable.NEVER;
        progressAt[r] = IssueTable.NEVER;
        points[r] = Float.NaN;
        epicRef[r] = -1L;
        parentRef[r] = -1L;
        sprintStart[r] = sprintCount;
        return r;
    }

    private long ref(String key) {
        if (key == null) {
            return -1L;
        }
        IssueKey k = IssueKey.parse(key);
        return ((long) projectOf(k.project()) << 32) | (k.number() & 0xFFFFFFFFL);
    }

    private int projectOf(String p) {
        int i = index(projects, projectIndex, p);
        if (i > Short.MAX_VALUE) {
            throw new DomainException("okr.error.tooManyProjects", "project", "more than 32767 projects");
        }
        return i;
    }

    private static int index(List<String> names, Map<String, Integer> idx, String name) {
        Integer i = idx.get(name);
        if (i == null) {
            i = names.size();
            names.add(name);
            idx.put(name, i);
        }
        return i;
    }

    private void grow() {
        if (size < number.length) {
            return;
        }
        int cap = number.length * 2;
        project = Arrays.copyOf(project, cap);
        number = Arrays.copyOf(number, cap);
        type = Arrays.copyOf(type, cap);
        flags = Arrays.copyOf(flags, cap);
        category = Arrays.copyOf(category, cap);
        doneSource = Arrays.copyOf(doneSource, cap);
        progressSource = Arrays.copyOf(progressSource, cap);
        created = Arrays.copyOf(created, cap);
        doneAt = Arrays.copyOf(doneAt, cap);
        progressAt = Arrays.copyOf(progressAt, cap);
        points = Arrays.copyOf(points, cap);
        epicRef = Arrays.copyOf(epicRef, cap);
        parentRef = Arrays.copyOf(parentRef, cap);
        sprintStart = Arrays.copyOf(sprintStart, cap + 1);
    }

    /**
     * Puts the rows in a new order (row i becomes what row order[i] was), renumbering the epic and parent rows and
     * the numeric fields; the columns come out exactly {@link #size} long. Needs {@link #epic} and {@link #parent}.
     */
    void reorder(int[] order) {
        int n = size;
        int[] newOf = new int[n];
        for (int i = 0; i < n; i++) {
            newOf[order[i]] = i;
        }
        short[] project2 = new short[n];
        int[] number2 = new int[n];
        short[] type2 = new short[n];
        byte[] flags2 = new byte[n];
        byte[] category2 = new byte[n];
        byte[] doneSource2 = new byte[n];
        byte[] progressSource2 = new byte[n];
        long[] created2 = new long[n];
        long[] doneAt2 = new long[n];
        long[] progressAt2 = new long[n];
        float[] points2 = new float[n];
        int[] epic2 = new int[n];
        int[] parent2 = new int[n];
        int[] sprintStart2 = new int[n + 1];
        int[] sprintIds2 = new int[sprintCount];
        int sc = 0;
        for (int i = 0; i < n; i++) {
            int r = order[i];
            project2[i] = project[r];
            number2[i] = number[r];
            type2[i] = type[r];
            flags2[i] = flags[r];
            category2[i] = category[r];
            doneSource2[i] = doneSource[r];
            progressSource2[i] = progressSource[r];
            created2[i] = created[r];
            doneAt2[i] = doneAt[r];
            progressAt2[i] = progressAt[r];
            points2[i] = points[r];
            epic2[i] = epic[r] == IssueTable.NONE ? IssueTable.NONE : newOf[epic[r]];
            parent2[i] = parent[r] == IssueTable.NONE ? IssueTable.NONE : newOf[parent[r]];
            sprintStart2[i] = sc;
            int end = r + 1 < size ? sprintStart[r + 1] : sprintCount;
            for (int j = sprintStart[r]; j < end; j++) {
                sprintIds2[sc++] = sprintIds[j];
            }
        }
        Map<Integer, Map<String, NumericHistory>> numeric2 = new HashMap<>();
        numeric.forEach((r, m) -> numeric2.put(newOf[r], m));
        numeric.clear();
        numeric.putAll(numeric2);
        Map<Integer, List<String>> notes2 = new HashMap<>();
        notes.forEach((r, m) -> notes2.put(newOf[r], m));
        notes.clear();
        notes.putAll(notes2);
        project = project2;
        number = number2;
        type = type2;
        flags = flags2;
        category = category2;
        doneSource = doneSource2;
        progressSource = progressSource2;
        created = created2;
        doneAt = doneAt2;
        progressAt = progressAt2;
        points = points2;
        epic = epic2;
        parent = parent2;
        sprintStart = sprintStart2;
        sprintIds = sprintIds2;
        sprintCount = sc;
    }
}
