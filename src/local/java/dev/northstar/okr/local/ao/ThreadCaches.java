package dev.northstar.okr.local.ao;

import net.java.ao.RawEntity;
import net.java.ao.cache.Cache;
import net.java.ao.cache.CacheLayer;
import net.java.ao.cache.RAMRelationsCache;
import net.java.ao.cache.RelationsCache;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The values of entities, cached per thread. 0.8.2 keeps one cache of an entity's values for every thread, so that a
 * row read on one thread (a request showing it) overwrites the values another thread has set and not yet saved (a
 * request changing it), and that thread then saves the row's old values: a lost update no locking of writers can
 * prevent. Jira's Active Objects hands each read its own entity values; so does this cache, one thread at a time.
 * Every read refreshes its thread's values (the app's entities are preloaded), so nothing stale is kept between
 * requests.
 */
final class ThreadCaches implements Cache {
    private final ThreadLocal<Map<RawEntity<?>, CacheLayer>> layers = ThreadLocal.withInitial(WeakHashMap::new);
    private final RelationsCache relations = new RAMRelationsCache();

    @Override
    public CacheLayer getCacheLayer(RawEntity<?> entity) {
        return layers.get().computeIfAbsent(entity, e -> new Layer());
    }

    @Override
    public RelationsCache getRelationsCache() {
        return relations;
    }

    @Override
    public void dispose() {
        layers.remove();
    }

    /** One entity's values and changed columns, for one thread only: no locking. */
    private static final class Layer implements CacheLayer {
        private final Map<String, Object> values = new HashMap<>();
        private final Set<String> dirty = new LinkedHashSet<>();
        private final Set<Class<? extends RawEntity<?>>> flush = new LinkedHashSet<>();

        @Override
        public void put(String field, Object value) {
            values.put(field, value);
        }

        @Override
        public Object get(String field) {
            return values.get(field);
        }

        @Override
        public void remove(String field) {
            values.remove(field);
        }

        @Override
        public boolean contains(String field) {
            return values.containsKey(field);
        }

        @Override
        public void clear() {
            values.clear();
        }

        @Override
        public void markDirty(String field) {
            dirty.add(field);
        }

        @Override
        public String[] getDirtyFields() {
            return dirty.toArray(new String[0]);
        }

        @Override
        public boolean dirtyContains(String field) {
            return dirty.contains(field);
        }

        @Override
        public void clearDirty() {
            dirty.clear();
        }

        @Override
        public void markToFlush(Class<? extends RawEntity<?>> type) {
            flush.add(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Class<? extends RawEntity<?>>[] getToFlush() {
            return flush.toArray(new Class[0]);
        }

        @Override
        public void clearFlush() {
            flush.clear();
        }
    }
}
