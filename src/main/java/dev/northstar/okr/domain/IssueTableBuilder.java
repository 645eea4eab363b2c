package dev.northstar.okr.domain;

import java.util.Arrays;

/**
 * Collects rows into {@link IssueColumns}; when built, resolves epic and parent keys to rows (adding placeholders)
 * and clusters the rows by epic.
 */
public final class IssueTableBuilder {
    private final IssueColumns columns = new IssueColumns();
    private int[] hash;
    private boolean built;

    IssueTableBuilder() {
    }

    public int size() {
        return columns.size;
    }

    public IssueTableBuilder add(IssueFact f) {
        if (built) {
            throw new IllegalStateException("builder already built");
        }
        if (!f.present()) {
            return this; // placeholders are created from references, never taken as input
        }
        columns.append(f);
        return this;
    }

    public IssueTable build() {
        if (built) {
            throw new IllegalStateException("builder already built");
        }
        built = true;
        IssueColumns c = columns;
        hash = IssueKeyHash.of(c);
        int real = c.size;
        int[] e = new int[real];
        int[] p = new int[real];
        for (int r = 0; r < real; r++) {
            e[r] = resolve(c.epicRef[r]);
            p[r] = resolve(c.parentRef[r]);
        }
        c.epic = Arrays.copyOf(e, c.size);
        c.parent = Arrays.copyOf(p, c.size);
        Arrays.fill(c.epic, real, c.size, IssueTable.NONE);
        Arrays.fill(c.parent, real, c.size, IssueTable.NONE);
        c.reorder(clusterOrder(c.epic, c.size));
        hash = IssueKeyHash.of(c);
        c.epicRef = null;
        c.parentRef = null;
        return new IssueTable(c, hash);
    }

    /** The row of a reference (project index and number), adding a placeholder row for a key the export lacks. */
    private int resolve(long ref) {
        if (ref < 0) {
            return IssueTable.NONE;
        }
        int p = (int) (ref >>> 32);
        int num = (int) ref;
        IssueColumns c = columns;
        int r = IssueKeyHash.find(hash, c.project, c.number, p, num);
        if (r != IssueTable.NONE) {
            return r;
        }
        r = c.appendPlaceholder(p, num);
        if (c.size * 2 > hash.length) {
            hash = IssueKeyHash.slots(c.size * 2);
            for (int i = 0; i < c.size; i++) {
                IssueKeyHash.insert(hash, c, i);
            }
        } else {
            IssueKeyHash.insert(hash, c, r);
        }
        return r;
    }

    /**
     * An order in which the children of each epic are contiguous: a KR's scope is then read from a few cache
     * lines instead of one random memory access per issue. Row numbers are internal, so this is free.
     */
    private static int[] clusterOrder(int[] epic, int n) {
        RowGroups groups = RowGroups.invert(epic, n);
        int[] order = new int[n];
        boolean[] emitted = new boolean[n];
        int o = 0;
        for (int r = 0; r < n; r++) {
            int e = epic[r];
            if (e == IssueTable.NONE) {
                order[o++] = r;
            } else if (!emitted[e]) {
                emitted[e] = true;
                for (int i = groups.start[e]; i < groups.start[e + 1]; i++) {
                    order[o++] = groups.rows[i];
                }
            }
        }
        return order;
    }
}
