package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All issue facts of an export, stored in columns of primitives so that a million issues fit in well under
 * 150 bytes each (one object per issue would not). Rows are addressed by int; {@link #fact(int)} hands out an
 * immutable view of one row for APIs and provenance. The epic-to-children, parent-to-sub-tasks and
 * sprint-to-issues indexes are built once here, so evaluating a key result touches only its scope.
 *
 * <p>Keys that issues name as their epic or parent but that the export lacks get a placeholder row
 * ({@link #present(int)} false) so that their children can still be found (orphan initiatives).
 *
 * <p>Instants are epoch milliseconds; {@link #NEVER} marks "not done" (and "never left to do").
 */
public final class IssueTable {
    public static final long NEVER = Long.MAX_VALUE;
    public static final int NONE = -1;

    private static final byte F_PRESENT = 1;
    private static final byte F_SUBTASK = 2;
    private static final byte F_EPIC = 4;
    /** values() copies its array on every call; this copy is read per row in evaluation loops and never written. */
    private static final InProgressSource[] PROGRESS_SOURCES = InProgressSource.values();

    private final String[] projects;
    private final String[] types;
    private final short[] project;
    private final int[] number;
    private final short[] type;
    private final byte[] flags;
    private final byte[] category;
    private final byte[] doneSource;
    private final byte[] progressSource;
    private final long[] created;
    private final long[] doneAt;
    private final long[] progressAt;
    private final int[] epic;
    private final int[] parent;
    private final float[] points;
    private final int[] sprintStart;
    private final int[] sprintIds;
    private final int[] childStart;
    private final int[] children;
    private final int[] subStart;
    private final int[] subtasks;
    private final int[] sprintKeys;
    private final int[] sprintRowStart;
    private final int[] sprintRows;
    private final int[] hash;
    private final Map<Integer, Map<String, NumericHistory>> numeric;
    private final int rows;
    private final int presentRows;

    private IssueTable(Builder b) {
        this.projects = b.projects.toArray(new String[0]);
        this.types = b.types.toArray(new String[0]);
        int n = b.size;
        this.rows = n;
        this.project = Arrays.copyOf(b.project, n);
        this.number = Arrays.copyOf(b.number, n);
        this.type = Arrays.copyOf(b.type, n);
        this.flags = Arrays.copyOf(b.flags, n);
        this.category = Arrays.copyOf(b.category, n);
        this.doneSource = Arrays.copyOf(b.doneSource, n);
        this.progressSource = Arrays.copyOf(b.progressSource, n);
        this.created = Arrays.copyOf(b.created, n);
        this.doneAt = Arrays.copyOf(b.doneAt, n);
        this.progressAt = Arrays.copyOf(b.progressAt, n);
        this.points = Arrays.copyOf(b.points, n);
        this.sprintStart = Arrays.copyOf(b.sprintStart, n + 1);
        this.sprintStart[n] = b.sprintCount;
        this.sprintIds = Arrays.copyOf(b.sprintIds, b.sprintCount);
        this.numeric = Map.copyOf(b.numeric);
        this.hash = b.hash;
        this.epic = b.epic;
        this.parent = b.parent;
        int present = 0;
        for (int r = 0; r < n; r++) {
            if ((flags[r] & F_PRESENT) != 0) {
                present++;
            }
        }
        this.presentRows = present;
        int[][] csr = invert(epic, n);
        this.childStart = csr[0];
        this.children = csr[1];
        csr = invert(parent, n);
        this.subStart = csr[0];
        this.subtasks = csr[1];
        // sprint -> rows
        int[] distinct = Arrays.copyOf(sprintIds, sprintIds.length);
        Arrays.sort(distinct);
        int u = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[u++] = distinct[i];
            }
        }
        this.sprintKeys = Arrays.copyOf(distinct, u);
        int[] start = new int[u + 1];
        for (int id : sprintIds) {
            start[Arrays.binarySearch(sprintKeys, id) + 1]++;
        }
        for (int i = 0; i < u; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, u);
        int[] members = new int[sprintIds.length];
        for (int r = 0; r < n; r++) {
            for (int i = sprintStart[r]; i < sprintStart[r + 1]; i++) {
                members[fill[Arrays.binarySearch(sprintKeys, sprintIds[i])]++] = r;
            }
        }
        this.sprintRowStart = start;
        this.sprintRows = members;
    }

    /** Compressed rows of the inverse of a row -> row reference column (children grouped by referenced row). */
    private static int[][] invert(int[] ref, int n) {
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
        return new int[][] {start, out};
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Rows including placeholders. */
    public int size() {
        return rows;
    }

    /** Issues the export really contains. */
    public int presentCount() {
        return presentRows;
    }

    public int rowOf(String key) {
        IssueKey k;
        try {
            k = IssueKey.parse(key);
        } catch (DomainException e) {
            return NONE;
        }
        int p = Arrays.asList(projects).indexOf(k.project());
        return p < 0 ? NONE : find(hash, project, number, p, k.number());
    }

    private static int find(int[] hash, short[] project, int[] number, int p, int num) {
        int mask = hash.length - 1;
        for (int i = mix(p, num) & mask;; i = (i + 1) & mask) {
            int slot = hash[i];
            if (slot == 0) {
                return NONE;
            }
            int r = slot - 1;
            if (project[r] == p && number[r] == num) {
                return r;
            }
        }
    }

    private static int mix(int p, int num) {
        int h = num * 0x9E3779B1 + p * 0x85EBCA6B;
        return h ^ (h >>> 16);
    }

    public String key(int row) {
        return projects[project[row]] + "-" + number[row];
    }

    public String type(int row) {
        return types[type[row]];
    }

    public boolean present(int row) {
        return (flags[row] & F_PRESENT) != 0;
    }

    public boolean subtask(int row) {
        return (flags[row] & F_SUBTASK) != 0;
    }

    public boolean epicType(int row) {
        return (flags[row] & F_EPIC) != 0;
    }

    public StatusCategory statusCategory(int row) {
        return StatusCategory.values()[category[row]];
    }

    public long created(int row) {
        return created[row];
    }

    /** Done instant in epoch millis, or {@link #NEVER} when not done now. */
    public long doneAt(int row) {
        return doneAt[row];
    }

    public DoneSource doneSource(int row) {
        return DoneSource.values()[doneSource[row]];
    }

    public int epicRow(int row) {
        return epic[row];
    }

    public int parentRow(int row) {
        return parent[row];
    }

    /** Story points, NaN when unestimated. */
    public float points(int row) {
        return points[row];
    }

    /** In scope at t requires creation at or before t (scope now is decided by the caller). */
    public boolean existsAt(int row, long t) {
        return created[row] <= t; // placeholders have created = NEVER, so no flag read is needed
    }

    public boolean doneAtOrBefore(int row, long t) {
        return doneAt[row] <= t;
    }

    /** When it first left "to do", in epoch millis, or {@link #NEVER} when it is to do now; never after done. */
    public long inProgressAt(int row) {
        return progressAt[row];
    }

    public InProgressSource inProgressSource(int row) {
        return PROGRESS_SOURCES[progressSource[row]];
    }

    /** In progress or done at t: what earns in-progress credit (done issues have left "to do" by their done instant). */
    public boolean inProgressAtOrBefore(int row, long t) {
        return progressAt[row] <= t;
    }

    public int[] sprintIdsOf(int row) {
        return Arrays.copyOfRange(sprintIds, sprintStart[row], sprintStart[row + 1]);
    }

    public boolean inSprint(int row, int sprintId) {
        for (int i = sprintStart[row]; i < sprintStart[row + 1]; i++) {
            if (sprintIds[i] == sprintId) {
                return true;
            }
        }
        return false;
    }

    /** Issues naming this row as their epic (any type, sub-tasks included if they name it). */
    public int[] childrenOf(int row) {
        return Arrays.copyOfRange(children, childStart[row], childStart[row + 1]);
    }

    public int childCount(int row) {
        return childStart[row + 1] - childStart[row];
    }

    public int[] subtasksOf(int row) {
        return Arrays.copyOfRange(subtasks, subStart[row], subStart[row + 1]);
    }

    /** Rows that were ever in the sprint (closed sprints and the current one). */
    public int[] sprintMembers(int sprintId) {
        int i = Arrays.binarySearch(sprintKeys, sprintId);
        return i < 0 ? new int[0] : Arrays.copyOfRange(sprintRows, sprintRowStart[i], sprintRowStart[i + 1]);
    }

    public boolean knowsSprint(int sprintId) {
        return Arrays.binarySearch(sprintKeys, sprintId) >= 0;
    }

    public NumericHistory numeric(int row, String field) {
        Map<String, NumericHistory> m = numeric.get(row);
        NumericHistory h = m == null ? null : m.get(field);
        return h == null ? NumericHistory.empty() : h;
    }

    /**
     * An immutable view of one row. Resolution and update dates are folded into the done and in-progress instants,
     * so the view gives back the same instants and sources, not necessarily the input's every date.
     */
    public IssueFact fact(int row) {
        Instant done = doneAt[row] == NEVER ? null : Instant.ofEpochMilli(doneAt[row]);
        DoneSource src = doneSource(row);
        InProgressSource started = inProgressSource(row);
        List<Integer> sprints = new ArrayList<>();
        for (int id : sprintIdsOf(row)) {
            sprints.add(id);
        }
        float p = points[row];
        IssueFact.Timeline timeline = new IssueFact.Timeline(present(row) ? Instant.ofEpochMilli(created[row]) : null,
                src == DoneSource.RESOLUTION ? done : null,
                src == DoneSource.UPDATED ? done
                        : started == InProgressSource.UPDATED ? Instant.ofEpochMilli(progressAt[row]) : null,
                src == DoneSource.TRANSITION ? done : null,
                started == InProgressSource.TRANSITION ? Instant.ofEpochMilli(progressAt[row]) : null);
        IssueFact.Links links = new IssueFact.Links(epic[row] < 0 ? null : key(epic[row]),
                parent[row] < 0 ? null : key(parent[row]));
        IssueFact.Planning planning = new IssueFact.Planning(Float.isNaN(p) ? null : (double) p, sprints);
        return new IssueFact(key(row), type(row), subtask(row), present(row), statusCategory(row), timeline, links,
                planning, numeric.getOrDefault(row, Map.of()));
    }

    /** Collects rows; resolves epic and parent keys to rows (adding placeholders) when built. */
    public static final class Builder {
        private final List<String> projects = new ArrayList<>();
        private final Map<String, Integer> projectIndex = new HashMap<>();
        private final List<String> types = new ArrayList<>();
        private final Map<String, Integer> typeIndex = new HashMap<>();
        private final Map<Integer, Map<String, NumericHistory>> numeric = new HashMap<>();
        private int size;
        private short[] project = new short[1024];
        private int[] number = new int[1024];
        private short[] type = new short[1024];
        private byte[] flags = new byte[1024];
        private byte[] category = new byte[1024];
        private byte[] doneSource = new byte[1024];
        private byte[] progressSource = new byte[1024];
        private long[] created = new long[1024];
        private long[] doneAt = new long[1024];
        private long[] progressAt = new long[1024];
        private float[] points = new float[1024];
        private long[] epicRef = new long[1024];
        private long[] parentRef = new long[1024];
        private int[] sprintStart = new int[1025];
        private int[] sprintIds = new int[1024];
        private int sprintCount;
        private int[] hash;
        private int[] epic;
        private int[] parent;
        private boolean built;

        private Builder() {
        }

        public int size() {
            return size;
        }

        public Builder add(IssueFact f) {
            if (built) {
                throw new IllegalStateException("builder already built");
            }
            if (!f.present()) {
                return this; // placeholders are created from references, never taken as input
            }
            IssueKey k = IssueKey.parse(f.key());
            grow();
            int r = size++;
            project[r] = (short) projectOf(k.project());
            number[r] = k.number();
            type[r] = (short) index(types, typeIndex, f.type());
            flags[r] = (byte) (F_PRESENT | (f.subtask() ? F_SUBTASK : 0) | (f.epic() ? F_EPIC : 0));
            category[r] = (byte) f.statusCategory().ordinal();
            doneSource[r] = (byte) f.doneSource().ordinal();
            created[r] = f.created().toEpochMilli();
            Instant d = f.doneAt();
            doneAt[r] = d == null ? NEVER : d.toEpochMilli();
            progressSource[r] = (byte) f.inProgressSource().ordinal();
            Instant p = f.inProgressAt();
            progressAt[r] = p == null ? NEVER : p.toEpochMilli();
            points[r] = f.storyPoints() == null ? Float.NaN : f.storyPoints().floatValue();
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
            return this;
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

        private int[] newHash(int n) {
            int cap = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
            return new int[cap];
        }

        private void insert(int r) {
            int mask = hash.length - 1;
            int i = mix(project[r], number[r]) & mask;
            while (hash[i] != 0) {
                int o = hash[i] - 1;
                if (project[o] == project[r] && number[o] == number[r]) {
                    throw new DomainException("okr.error.duplicateIssue", "key",
                            "issue " + projects.get(project[r]) + "-" + number[r] + " appears twice in the export");
                }
                i = (i + 1) & mask;
            }
            hash[i] = r + 1;
        }

        private int resolve(long ref) {
            if (ref < 0) {
                return NONE;
            }
            int p = (int) (ref >>> 32);
            int num = (int) ref;
            int r = find(hash, project, number, p, num);
            if (r != NONE) {
                return r;
            }
            // a key named by others but missing from the export: placeholder row
            grow();
            r = size++;
            project[r] = (short) p;
            number[r] = num;
            type[r] = (short) index(types, typeIndex, "");
            flags[r] = 0;
            category[r] = (byte) StatusCategory.TO_DO.ordinal();
            doneSource[r] = (byte) DoneSource.NONE.ordinal();
            progressSource[r] = (byte) InProgressSource.NONE.ordinal();
            created[r] = NEVER;
            doneAt[r] = NEVER;
            progressAt[r] = NEVER;
            points[r] = Float.NaN;
            epicRef[r] = -1L;
            parentRef[r] = -1L;
            sprintStart[r] = sprintCount;
            if (size * 2 > hash.length) {
                rehash();
            } else {
                insert(r);
            }
            return r;
        }

        private void rehash() {
            hash = newHash(size * 2);
            for (int r = 0; r < size; r++) {
                insert(r);
            }
        }

        /**
         * Reorders rows so that the children of each epic are contiguous: a KR's scope is then read from a few
         * cache lines instead of one random memory access per issue. Row numbers are internal, so this is free.
         */
        private void cluster() {
            int n = size;
            int[][] groups = invert(epic, n);
            int[] start = groups[0];
            int[] kids = groups[1];
            int[] order = new int[n];
            boolean[] emitted = new boolean[n];
            int o = 0;
            for (int r = 0; r < n; r++) {
                int e = epic[r];
                if (e == NONE) {
                    order[o++] = r;
                } else if (!emitted[e]) {
                    emitted[e] = true;
                    for (int i = start[e]; i < start[e + 1]; i++) {
                        order[o++] = kids[i];
                    }
                }
            }
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
                epic2[i] = epic[r] == NONE ? NONE : newOf[epic[r]];
                parent2[i] = parent[r] == NONE ? NONE : newOf[parent[r]];
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
            hash = newHash(n);
            for (int r = 0; r < n; r++) {
                insert(r);
            }
        }

        public IssueTable build() {
            if (built) {
                throw new IllegalStateException("builder already built");
            }
            built = true;
            hash = newHash(size);
            for (int r = 0; r < size; r++) {
                insert(r);
            }
            int real = size;
            int[] e = new int[real];
            int[] p = new int[real];
            for (int r = 0; r < real; r++) {
                e[r] = resolve(epicRef[r]);
                p[r] = resolve(parentRef[r]);
            }
            epic = Arrays.copyOf(e, size);
            parent = Arrays.copyOf(p, size);
            Arrays.fill(epic, real, size, NONE);
            Arrays.fill(parent, real, size, NONE);
            cluster();
            epicRef = null;
            parentRef = null;
            return new IssueTable(this);
        }
    }
}
