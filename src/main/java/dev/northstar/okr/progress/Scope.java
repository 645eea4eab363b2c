package dev.northstar.okr.progress;

import java.util.Arrays;
import java.util.List;

/**
 * The issues a key result is measured over: table rows (sorted, de-duplicated), the initiative each came
 * through, orphan initiatives and notes for provenance.
 */
public final class Scope {
    private final int[] rows;
    private final String[] via;
    private final List<String> orphanInitiatives;
    private final List<String> notes;

    Scope(int[] rows, String[] via, List<String> orphanInitiatives, List<String> notes) {
        this.rows = rows;
        this.via = via;
        this.orphanInitiatives = List.copyOf(orphanInitiatives);
        this.notes = List.copyOf(notes);
    }

    public int size() {
        return rows.length;
    }

    public int row(int i) {
        return rows[i];
    }

    public int[] rows() {
        return rows.clone();
    }

    /** The initiative through which the i-th row entered the scope. */
    public String via(int i) {
        return via[i];
    }

    public boolean contains(int row) {
        return Arrays.binarySearch(rows, row) >= 0;
    }

    public List<String> orphanInitiatives() {
        return orphanInitiatives;
    }

    public List<String> notes() {
        return notes;
    }
}
