package dev.northstar.okr.domain;

/**
 * Issue key to row: an open-addressing hash table over (project index, issue number) with linear probing, held in
 * one int array whose slots hold row + 1 (0 is empty). It reads the keys from the table's own project and number
 * columns, so it costs 4 to 8 bytes per row and no object per key.
 */
final class IssueKeyHash {
    private IssueKeyHash() {
    }

    /** Empty slots for n rows: a power of two, at least twice n, so that probes stay short. */
    static int[] slots(int n) {
        int cap = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
        return new int[cap];
    }

    /** Slots for every row of the columns; a key that appears twice is refused. */
    static int[] of(IssueColumns c) {
        int[] hash = slots(c.size);
        for (int r = 0; r < c.size; r++) {
            insert(hash, c, r);
        }
        return hash;
    }

    static void insert(int[] hash, IssueColumns c, int r) {
        int mask = hash.length - 1;
        int i = mix(c.project[r], c.number[r]) & mask;
        while (hash[i] != 0) {
            int o = hash[i] - 1;
            if (c.project[o] == c.project[r] && c.number[o] == c.number[r]) {
                throw new DomainException("okr.error.duplicateIssue", "key",
                        "issue " + c.projects.get(c.project[r]) + "-" + c.number[r] + " appears twice in the export");
            }
            i = (i + 1) & mask;
        }
        hash[i] = r + 1;
    }

    /** The row of project index p and issue number num, or {@link IssueTable#NONE}. */
    static int find(int[] hash, short[] project, int[] number, int p, int num) {
        int mask = hash.length - 1;
        for (int i = mix(p, num) & mask;; i = (i + 1) & mask) {
            int slot = hash[i];
            if (slot == 0) {
                return IssueTable.NONE;
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
}
