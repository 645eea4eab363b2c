package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.IssueTableBuilder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issue tables made lately, by the fact lists they were made from, and each table's row keys. The issue-facts port
 * hands out the very same fact lists while nothing they were made from changed, so a view read again uses the table
 * made last instead of building it anew. After an edit the lists are new but hold the very same facts but a few, in
 * the same order: the table made last is then copied with those rows' values changed ({@link IssueTable#withFacts}),
 * which costs a small part of building it, unless an edit moved an issue to another epic, parent or sprint. This node
 * only: a table holds nothing a fact list does not, so there is nothing to invalidate across the cluster.
 */
final class TableMemo {
    /** Tables kept for reuse: a few views' worth. */
    static final int TABLES = 8;
    /** Most facts that may differ for a table to be copied rather than built. */
    static final int MOST_CHANGED = 1000;

    private final Map<TableKey, IssueTable> tables = lru();
    private final Map<IssueTable, String[]> rowKeys = lru();
    private final Map<IssueTable, Map.Entry<Set<String>, boolean[]>> hidden = lru();

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > TABLES;
            }
        };
    }

    /** The table of the facts, then of the extra facts (a sprint's issues) not among them. */
    IssueTable table(List<IssueFact> facts, List<IssueFact> extraFacts) {
        TableKey key = new TableKey(facts, extraFacts);
        List<Map.Entry<TableKey, IssueTable>> kept;
        synchronized (this) {
            IssueTable made = tables.get(key);
            if (made != null) {
                return made;
            }
            kept = new ArrayList<>(tables.entrySet());
        }
        IssueTable table = null;
        IssueTable base = null;
        for (int i = kept.size() - 1; i >= 0 && table == null; i--) { // the most recently used first
            List<IssueFact> changed = changed(kept.get(i).getKey(), key);
            base = kept.get(i).getValue();
            table = changed == null ? null : changed.isEmpty() ? base : base.withFacts(changed);
        }
        boolean copied = table != null;
        if (!copied) {
            table = build(facts, extraFacts);
        }
        synchronized (this) {
            tables.put(key, table);
            String[] keys = copied ? rowKeys.get(base) : null;
            if (keys != null) {
                rowKeys.put(table, keys); // a copy keeps its base's rows, so their keys
            }
            Map.Entry<Set<String>, boolean[]> seen = copied ? hidden.get(base) : null;
            if (seen != null) {
                hidden.put(table, seen); // and which of them are present, so who may see them
            }
        }
        return table;
    }

    /**
     * The facts of {@code now} that differ from {@code before}'s at the same place (the extra ones first, so that an
     * issue in both lists gets its own fact's values), or null when the lists differ in length or order, or in more
     * than {@value #MOST_CHANGED} facts.
     */
    private static List<IssueFact> changed(TableKey before, TableKey now) {
        List<IssueFact> changed = new ArrayList<>();
        return differences(before.extra, now.extra, changed) && differences(before.facts, now.facts, changed)
                ? changed : null;
    }

    private static boolean differences(List<IssueFact> before, List<IssueFact> now, List<IssueFact> changed) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            IssueFact was = before.get(i);
            IssueFact is = now.get(i);
            if (was != is && !was.equals(is)) {
                if (!was.key().equals(is.key()) || changed.size() == MOST_CHANGED) {
                    return false;
                }
                changed.add(is);
            }
        }
        return true;
    }

    private static IssueTable build(List<IssueFact> facts, List<IssueFact> extraFacts) {
        IssueTableBuilder table = IssueTable.builder();
        Set<String> inTable = new HashSet<>();
        for (IssueFact f : facts) {
            table.add(f);
            inTable.add(f.key());
        }
        for (IssueFact f : extraFacts) {
            if (inTable.add(f.key())) {
                table.add(f);
            }
        }
        return table.build();
    }

    /** Each row's key, made once per table (a view names every issue in scope). */
    String[] keysByRow(IssueTable table) {
        synchronized (this) {
            String[] keys = rowKeys.get(table);
            if (keys != null) {
                return keys;
            }
        }
        String[] keys = new String[table.size()];
        for (int r = 0; r < keys.length; r++) {
            keys[r] = table.key(r);
        }
        synchronized (this) {
            rowKeys.put(table, keys);
        }
        return keys;
    }

    /**
     * Which rows of the table a caller may not browse (present rows whose key is not in {@code browsable}), made once
     * per table and visibility entry (the same set object while it is cached): every key result's hidden count then
     * reads an array instead of making and looking up each key.
     */
    boolean[] hiddenRows(IssueTable table, Set<String> browsable) {
        synchronized (this) {
            Map.Entry<Set<String>, boolean[]> known = hidden.get(table);
            if (known != null && known.getKey() == browsable) {
                return known.getValue();
            }
        }
        String[] keys = keysByRow(table);
        boolean[] rows = new boolean[keys.length];
        for (int r = 0; r < keys.length; r++) {
            rows[r] = table.present(r) && !browsable.contains(keys[r]);
        }
        synchronized (this) {
            hidden.put(table, Map.entry(browsable, rows));
        }
        return rows;
    }

    /** Two fact lists, compared by identity: the same lists make the same table. */
    private record TableKey(List<IssueFact> facts, List<IssueFact> extra) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TableKey k && k.facts == facts && k.extra == extra;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(facts) * 31 + System.identityHashCode(extra);
        }
    }
}
