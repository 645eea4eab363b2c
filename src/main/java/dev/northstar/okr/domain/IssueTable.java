package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 *
 * <p>This class reads the columns. They are filled by {@link IssueTableBuilder} in {@link IssueColumns}; keys are found through
 * {@link IssueKeyHash} and the children, sub-tasks and sprint members through {@link RowGroups}.
 */
public final class IssueTable {
    public static final long NEVER = Long.MAX_VALUE;
    public static final int NONE = -1;

    private static final byte F_PRESENT = IssueColumns.F_PRESENT;
    private static final byte F_SUBTASK = IssueColumns.F_SUBTASK;
    private static final byte F_EPIC = IssueColumns.F_EPIC;
    private static final byte F_NOTED = IssueColumns.F_NOTED;
    /** values() copies its array on every call; this copy is read per row in evaluation loops and never written. */
    private static final InProgressSource[] PROGRESS_SOURCES = InProgressSource.values();
    private static final DoneSource[] DONE_SOURCES = DoneSource.values();
    private static final StatusCategory[] CATEGORIES = StatusCategory.values();

    private final String[] projects;
    final String[] types;
    private final short[] project;
    private final int[] number;
    final short[] type;
    final byte[] flags;
    final byte[] category;
    final byte[] doneSource;
    final byte[] progressSource;
    final long[] created;
    final long[] doneAt;
    final long[] progressAt;
    private final int[] epic;
    private final int[] parent;
    final float[] points;
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
    final Map<Integer, Map<String, NumericHistory>> numeric;
    final Map<Integer, List<String>> notes;
    private final int rows;
    private final int presentRows;

    /** Copies the columns, in their final order and trimmed, and takes the key hash over them; builds the indexes. */
    IssueTable(IssueColumns b, int[] hash) {
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
        this.notes = Map.copyOf(b.notes);
        this.hash = hash;
        this.epic = b.epic;
        this.parent = b.parent;
        int present = 0;
        for (int r = 0; r < n; r++) {
            if ((flags[r] & F_PRESENT) != 0) {
                present++;
            }
        }
        this.presentRows = present;
        RowGroups byEpic = RowGroups.invert(epic, n);
        this.childStart = byEpic.start;
        this.children = byEpic.rows;
        RowGroups byParent = RowGroups.invert(parent, n);
        this.subStart = byParent.start;
        this.subtasks = byParent.rows;
        this.sprintKeys = RowGroups.sprintKeys(sprintIds);
        RowGroups bySprint = RowGroups.bySprint(sprintKeys, sprintStart, sprintIds, n);
        this.sprintRowStart = bySprint.start;
        this.sprintRows = bySprint.rows;
    }

    /**
     * This table with each row's own values taken from its fact in a new copy (types, flags, status, instants, points,
     * numbers, notes); keys, the rows' epics, parents and sprints and every index are shared with this table. Null
     * when a fact names an issue the table does not hold or another epic, parent, sprint or type: build a new table.
     */
    public IssueTable withFacts(Collection<IssueFact> changed) {
        return TablePatch.apply(this, changed);
    }

    /** A copy sharing {@code base}'s keys and indexes, with the own values of {@code patch}. */
    IssueTable(IssueTable base, TablePatch patch) {
        this.projects = base.projects;
        this.types = base.types;
        this.project = base.project;
        this.number = base.number;
        this.type = base.type;
        this.flags = patch.flags;
        this.category = patch.category;
        this.doneSource = patch.doneSource;
        this.progressSource = patch.progressSource;
        this.created = patch.created;
        this.doneAt = patch.doneAt;
        this.progressAt = patch.progressAt;
        this.points = patch.points;
        this.numeric = Map.copyOf(patch.numeric);
        this.notes = Map.copyOf(patch.notes);
        this.epic = base.epic;
        this.parent = base.parent;
        this.sprintStart = base.sprintStart;
        this.sprintIds = base.sprintIds;
        this.childStart = base.childStart;
        this.children = base.children;
        this.subStart = base.subStart;
        this.subtasks = base.subtasks;
        this.sprintKeys = base.sprintKeys;
        this.sprintRowStart = base.sprintRowStart;
        this.sprintRows = base.sprintRows;
        this.hash = base.hash;
        this.rows = base.rows;
        this.presentRows = base.presentRows;
    }

    public static IssueTableBuilder builder() {
        return new IssueTableBuilder();
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
        // the usual key (up to nine ASCII digits after the last dash) without parsing it into new strings: scopes
        // look up every initiative on every read; anything else goes through IssueKey.parse
        int dash = key == null ? -1 : key.lastIndexOf('-');
        int digits = dash < 0 ? 0 : key.length() - dash - 1;
        if (dash > 0 && digits > 0 && digits <= 9) {
            int n = 0;
            for (int i = dash + 1; i < key.length() && n >= 0; i++) {
                char c = key.charAt(i);
                n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : -1;
            }
            if (n >= 0) {
                for (int p = 0; p < projects.length; p++) {
                    if (projects[p].length() == dash && key.startsWith(projects[p])) {
                        return IssueKeyHash.find(hash, project, number, p, n);
                    }
                }
                return NONE;
            }
        }
        IssueKey k;
        try {
            k = IssueKey.parse(key);
        } catch (DomainException e) {
            return NONE;
        }
        int p = Arrays.asList(projects).indexOf(k.project());
        return p < 0 ? NONE : IssueKeyHash.find(hash, project, number, p, k.number());
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
        return CATEGORIES[category[row]];
    }

    public long created(int row) {
        return created[row];
    }

    /** Done instant in epoch millis, or {@link #NEVER} when not done now. */
    public long doneAt(int row) {
        return doneAt[row];
    }

    public DoneSource doneSource(int row) {
        return DONE_SOURCES[doneSource[row]];
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

    /** What the reader could not use from the issue of this row (each note names it); empty for most rows. */
    public List<String> notes(int row) {
        return (flags[row] & F_NOTED) == 0 ? List.of() : notes.getOrDefault(row, List.of());
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
                started == InProgressSource.TRANSITION ? Instant.ofEpochMilli(progressAt[row]) : null,
                src == DoneSource.RESOLUTION_SET ? done : null);
        IssueFact.Links links = new IssueFact.Links(epic[row] < 0 ? null : key(epic[row]),
                parent[row] < 0 ? null : key(parent[row]));
        IssueFact.Planning planning = new IssueFact.Planning(Float.isNaN(p) ? null : (double) p, sprints);
        return new IssueFact(key(row), type(row), subtask(row), present(row), statusCategory(row), timeline, links,
                planning, numeric.getOrDefault(row, Map.of()), notes(row));
    }
}
