package dev.northstar.okr.jira;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * An immutable map made of a large base and a small layer of changes on top, so that a map of tens of thousands of
 * entries changed in a few places is not copied whole each time: lookups ask the layer first. The layer is folded into
 * a new base once it grows past {@value #FOLD} entries. Keys compare by identity or by equality, as chosen.
 */
final class Overlay<K, V> {
    static final int FOLD = 2048;
    private static final Object REMOVED = new Object();

    private final Map<K, V> base;
    private final Map<K, Object> top;
    private final boolean identity;

    private Overlay(Map<K, V> base, Map<K, Object> top, boolean identity) {
        this.base = base;
        this.top = top;
        this.identity = identity;
    }

    /** The map as it is (kept, not copied: it must not change afterwards). */
    static <K, V> Overlay<K, V> of(Map<K, V> base, boolean identity) {
        return new Overlay<>(base, identity ? new IdentityHashMap<>() : new HashMap<>(), identity);
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        Object changed = top.get(key);
        if (changed != null) {
            return changed == REMOVED ? null : (V) changed;
        }
        return base.get(key);
    }

    /** This map with {@code put} entries set and {@code removed} keys removed. */
    @SuppressWarnings("unchecked")
    Overlay<K, V> with(Map<K, V> put, Iterable<K> removed) {
        Map<K, Object> layer = identity ? new IdentityHashMap<>(top) : new HashMap<>(top);
        removed.forEach(k -> layer.put(k, REMOVED));
        layer.putAll(put);
        if (layer.size() <= FOLD) {
            return new Overlay<>(base, layer, identity);
        }
        Map<K, V> folded = identity ? new IdentityHashMap<>(base) : new HashMap<>(base);
        layer.forEach((k, v) -> {
            if (v == REMOVED) {
                folded.remove(k);
            } else {
                folded.put(k, (V) v);
            }
        });
        return of(folded, identity);
    }
}
