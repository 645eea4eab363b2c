package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueTable;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The issue tables made lately, by the fact lists they were made from (compared by identity), and each table's row
 * keys. The issue-facts port hands out the very same fact lists while nothing they were made from changed, so a view
 * read again uses the table made last instead of building it anew. This node only: a table holds nothing a fact list
 * does not, so there is nothing to invalidate across the cluster.
 */
final class TableMemo {
    /** Tables kept for reuse: a few views' worth. */
    static final int TABLES = 8;

    private final Map<TableKey, IssueTable> tables = lru();
    private final Map<IssueTable, String[]> rowKeys = lru();

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > TABLES;
            }
        };
    }

    /** The table of the facts, then of the extra facts (a sprint's issues) not among them; made now if none is kept. */
    IssueTable table(List<IssueFact> facts, List<IssueFact> extraFacts) {
        return table(facts, extraFacts, () -> {
            IssueTable.Builder table = IssueTable.builder();
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
        });
    }

    private IssueTable table(Object facts, Object extraFacts, Supplier<IssueTable> make) {
        TableKey key = new TableKey(facts, extraFacts);
        synchronized (this) {
            IssueTable made = tables.get(key);
            if (made != null) {
                return made;
            }
        }
        IssueTable table = make.get();
        synchronized (this) {
            tables.put(key, table);
        }
        return table;
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

    /** Two fact lists, compared by identity: the same lists make the same table. */
    private record TableKey(Object facts, Object extra) {
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
