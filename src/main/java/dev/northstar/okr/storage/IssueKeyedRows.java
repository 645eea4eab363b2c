package dev.northstar.okr.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows of one entity whose lookup column is a Jira issue key, found, deleted and re-keyed the same way by every
 * repository that stores something per issue. Column names are written plain and upper-case: Atlassian's Active
 * Objects quotes them itself, per database (a double-quoted name is a string literal on MySQL). Lists of keys go in
 * chunks far below every database's limit on bound parameters.
 *
 * @param <E> the entity
 */
public final class IssueKeyedRows<E extends Entity> {
    /** Keys per IN clause (Oracle allows 1,000 per list). */
    public static final int CHUNK = 500;

    private final ActiveObjects activeObjects;
    private final Class<E> type;
    private final String column;
    private final BiConsumer<E, String> setKey;
    private final RowCache cache;

    /**
     * @param column the issue key column's name, e.g. {@code ISSUE_KEY}
     * @param setKey the entity's setter for that column, used to re-key rows of a moved issue
     * @param cache  what {@link #values} keeps between writes; the repository runs each of its own writes through
     *               {@link #writing} ({@link #delete} and {@link #rename} do so themselves)
     */
    public IssueKeyedRows(ActiveObjects activeObjects, Class<E> type, String column, BiConsumer<E, String> setKey,
                          RowCache cache) {
        this.activeObjects = activeObjects;
        this.type = type;
        this.column = column;
        this.setKey = setKey;
        this.cache = cache;
    }

    /** Rows read from the database every time. */
    public IssueKeyedRows(ActiveObjects activeObjects, Class<E> type, String column, BiConsumer<E, String> setKey) {
        this(activeObjects, type, column, setKey, RowCache.none(type.getSimpleName()));
    }

    public E[] rows(String issueKey) {
        return activeObjects.find(type, Query.select().where(column + " = ?", issueKey));
    }

    public Optional<E> row(String issueKey) {
        E[] rows = rows(issueKey);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** Rows of any of the keys, in as few queries as the chunk size allows. */
    public List<E> rows(Collection<String> issueKeys) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(issueKeys));
        List<E> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            String in = column + " IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            Collections.addAll(found, activeObjects.find(type, Query.select().where(in, chunk.toArray())));
        }
        return found;
    }

    /**
     * As {@link #rows(Collection)}, each row made a value, by its issue key (one row per issue); kept in the cache
     * until the next write, so {@code toValue} must make an immutable value of type {@code valueType}.
     */
    public <V> Map<String, V> values(Collection<String> issueKeys, Function<E, String> keyOf, Class<V> valueType,
                                     Function<E, V> toValue) {
        return cache.byKey(issueKeys, valueType, keys -> {
            Map<String, V> found = new HashMap<>();
            for (E row : rows(keys)) {
                found.put(keyOf.apply(row), toValue.apply(row));
            }
            return Map.copyOf(found);
        });
    }

    /** The result of a query of this table other than by key, kept as {@link #values} are. */
    public <T> T query(String name, Class<T> type, Supplier<T> read) {
        return cache.query(name, type, read);
    }

    /** Runs a write of this table, then (committed or not) makes every node read it again. */
    public <T> T writing(Supplier<T> write) {
        return cache.writing(write);
    }

    public void delete(String issueKey) {
        cache.writing(() -> activeObjects.executeInTransaction(() -> {
            activeObjects.delete(rows(issueKey));
            return null;
        }));
    }

    /**
     * The issue moved and got a new key: its rows follow it, and win over anything left behind under the new key
     * (one row per issue).
     */
    public void rename(String oldKey, String newKey) {
        if (oldKey.equals(newKey)) {
            return;
        }
        cache.writing(() -> activeObjects.executeInTransaction(() -> {
            E[] moving = rows(oldKey);
            if (moving.length > 0) {
                activeObjects.delete(rows(newKey));
                for (E row : moving) {
                    setKey.accept(row, newKey);
                    row.save();
                }
            }
            return null;
        }));
    }
}
