package dev.northstar.okr.storage;

import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.testing.MapCache;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Rows kept between writes: read once, read again on every node after a write, never older than a write. */
public class RowCacheTest {
    private final MapCache nodeOne = new MapCache();
    private final MapCache nodeTwo = new MapCache().replicatesWith(nodeOne);
    /** The table as the database has it. */
    private final Map<String, String> table = new HashMap<>(Map.of("A-1", "one", "A-2", "two"));
    private final List<Collection<String>> reads = new ArrayList<>();

    private Map<String, String> read(Collection<String> keys) {
        reads.add(List.copyOf(keys));
        Map<String, String> found = new HashMap<>();
        keys.forEach(k -> {
            if (table.containsKey(k)) {
                found.put(k, table.get(k));
            }
        });
        return found;
    }

    @Test
    public void shouldReadEachKeyOnceIncludingKeysWithoutARowUntilTheNextWrite() {
        RowCache rows = new RowCache(nodeOne.okrCache(), "t");

        assertEquals(Map.of("A-1", "one"), rows.byKey(List.of("A-1", "A-3"), String.class, this::read));
        assertEquals(Map.of("A-1", "one", "A-2", "two"),
                rows.byKey(List.of("A-1", "A-2", "A-3"), String.class, this::read));

        assertEquals("only the key not asked before is read, and A-3 is known to have no row",
                List.of(List.of("A-1", "A-3"), List.of("A-2")), reads);
    }

    @Test
    public void shouldReadAgainOnEveryNodeAfterAWrite() {
        RowCache one = new RowCache(nodeOne.okrCache(), "t");
        RowCache two = new RowCache(nodeTwo.okrCache(), "t");
        one.byKey(List.of("A-1", "A-3"), String.class, this::read);
        two.byKey(List.of("A-1", "A-3"), String.class, this::read);

        table.put("A-1", "changed");
        table.put("A-3", "new");
        one.changed();

        Map<String, String> expected = Map.of("A-1", "changed", "A-3", "new");
        assertEquals(expected, two.byKey(List.of("A-1", "A-3"), String.class, this::read));
        assertEquals(expected, one.byKey(List.of("A-1", "A-3"), String.class, this::read));
        assertEquals(4, reads.size());
    }

    @Test
    public void shouldNeverHandOutWhatARaceWithAWriteReadBeforeItsCommit() {
        RowCache rows = new RowCache(nodeOne.okrCache(), "t");
        RowCache writer = new RowCache(nodeTwo.okrCache(), "t");

        // the read sees the table before the write; the write commits and drops the generation before the read
        // stores what it saw
        Map<String, String> raced = rows.byKey(List.of("A-1"), String.class, keys -> {
            Map<String, String> before = read(keys);
            table.put("A-1", "written");
            writer.changed();
            return before;
        });

        assertEquals("that read itself began before the write", Map.of("A-1", "one"), raced);
        assertEquals(Map.of("A-1", "written"), rows.byKey(List.of("A-1"), String.class, this::read));
    }

    @Test
    public void shouldKeepAQueryUntilTheNextWrite() {
        RowCache rows = new RowCache(nodeOne.okrCache(), "t");
        AtomicInteger queries = new AtomicInteger();

        assertEquals("2 rows", rows.query("all", String.class, () -> queries.incrementAndGet() + 1 + " rows"));
        assertEquals("2 rows", rows.query("all", String.class, () -> queries.incrementAndGet() + 1 + " rows"));
        new RowCache(nodeTwo.okrCache(), "t").changed();

        assertEquals("3 rows", rows.query("all", String.class, () -> queries.incrementAndGet() + 1 + " rows"));
        assertEquals(2, queries.get());
    }

    @Test
    public void shouldKeepTablesApart() {
        OkrCache cache = nodeOne.okrCache();
        new RowCache(cache, "t").byKey(List.of("A-1"), String.class, this::read);
        new RowCache(cache, "u").changed();

        new RowCache(cache, "t").byKey(List.of("A-1"), String.class, this::read);
        new RowCache(cache, "u").byKey(List.of("A-1"), String.class, this::read);

        assertEquals("t read once, u once: a write of u leaves t's rows alone", 2, reads.size());
    }

    @Test
    public void shouldReadTheDatabaseEveryTimeWithoutACache() {
        RowCache rows = RowCache.none("t");
        rows.byKey(List.of("A-1"), String.class, this::read);
        rows.byKey(List.of("A-1"), String.class, this::read);

        assertEquals(2, reads.size());
        assertTrue(nodeOne.values.isEmpty());
    }
}
