package dev.northstar.okr.storage;

import dev.northstar.okr.host.OkrCache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one of the app's own tables said when last read, kept in the app's shared cache until the table is next
 * written. The screens read the settings of every key result on every render (hundreds of rows); a cache lookup per
 * key costs far less than a query and an entity per row, and spares the database.
 * <p>
 * Entries are named by the table's generation. Every write ends by dropping the generation entry, after its
 * transaction committed, on every node (the cache replicates removals), so the next read starts a new generation and
 * reads the database again. A read that raced a write may store what it read before the commit, but under the old
 * generation, which no later read asks for: nothing older than a write is handed out once its drop reached the node.
 * Issue events never touch these entries: only the app's own writes change its tables.
 */
public final class RowCache {
    private static final String PREFIX = "okr:rows:";

    private final OkrCache cache;
    private final String table;

    /** {@code table}: a name unique among the app's tables, part of every entry's key. */
    public RowCache(OkrCache cache, String table) {
        this.cache = cache;
        this.table = table;
    }

    /** Reads the database every time (tests of one repository, where nothing else shares a cache). */
    public static RowCache none(String table) {
        return new RowCache(null, table);
    }

    /**
     * The values of those keys that have a row, each from its entry; the keys without an entry are read together by
     * {@code read}, which answers for the keys it is given (a key it leaves out has no row).
     */
    public <V> Map<String, V> byKey(Collection<String> keys, Class<V> type,
                                    Function<Collection<String>, Map<String, V>> read) {
        return byKey("key", keys, type, read);
    }

    /** As {@link #byKey(Collection, Class, Function)}, for one of several reads by key ({@code part} says which). */
    public <V> Map<String, V> byKey(String part, Collection<String> keys, Class<V> type,
                                    Function<Collection<String>, Map<String, V>> read) {
        if (cache == null) {
            return read.apply(keys);
        }
        String prefix = PREFIX + table + ":" + generation() + ":" + part + ":";
        Map<String, V> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            Row row = cache.peek(prefix + key, Row.class).orElse(null);
            if (row == null) {
                missing.add(key);
            } else if (type.isInstance(row.value())) {
                found.put(key, type.cast(row.value()));
            }
        }
        if (!missing.isEmpty()) {
            Map<String, V> fresh = read.apply(missing);
            for (String key : missing) {
                Row row = cache.get(prefix + key, Row.class, () -> new Row(fresh.get(key)));
                if (type.isInstance(row.value())) {
                    found.put(key, type.cast(row.value()));
                }
            }
        }
        return Map.copyOf(found);
    }

    /** The result of one query of the table ({@code name} says which, e.g. {@code cycle:12}), immutable. */
    public <T> T query(String name, Class<T> type, Supplier<T> read) {
        if (cache == null) {
            return read.get();
        }
        return cache.get(PREFIX + table + ":" + generation() + ":query:" + name, type, read);
    }

    /** Runs a write of the table, then (committed or not) makes every node read the table again. */
    public <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } finally {
            changed();
        }
    }

    /** After a write of the table (committed or not): every node reads the table again from its next read on. */
    public void changed() {
        if (cache != null) {
            cache.invalidate(PREFIX + table);
        }
    }

    private String generation() {
        return cache.get(PREFIX + table, Generation.class, () -> new Generation(UUID.randomUUID().toString())).id();
    }

    /** The table's current generation: a new one after every write. */
    record Generation(String id) {
    }

    /** One key's row as a value, or null when the key has none. */
    record Row(Object value) {
    }
}
