package dev.northstar.okr.local.simjira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Atlassian's cache on a one-node cluster: each named cache a map. Settings (expiry, size, replication) are taken
 * and not applied; a playground's data set is small and a restart empties it. Each cache counts what a cluster would
 * care about ({@link Stats}): lookups served and loaded, and the entries a remove or a clear dropped (on a real
 * cluster each remove is also one invalidation message to the other nodes).
 */
public final class SimCaches implements CacheManager {
    private final Map<String, MapCache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new MapCache<K, V>());
    }

    /** What one named cache has done so far; an empty record for a cache nobody asked for. */
    public Stats stats(String name) {
        MapCache<?, ?> cache = caches.get(name);
        return cache == null ? new Stats(0, 0, 0, 0, 0, 0) : cache.stats();
    }

    /** What every cache has done so far, added up. */
    public Stats stats() {
        Stats all = new Stats(0, 0, 0, 0, 0, 0);
        for (MapCache<?, ?> cache : caches.values()) {
            Stats s = cache.stats();
            all = new Stats(all.hits() + s.hits(), all.loads() + s.loads(), all.removes() + s.removes(),
                    all.dropped() + s.dropped(), all.clears() + s.clears(), all.entries() + s.entries());
        }
        return all;
    }

    /** Forgets the counts of every cache (the entries stay). */
    public void resetStats() {
        caches.values().forEach(MapCache::resetStats);
    }

    /**
     * A cache's counts.
     *
     * @param hits     lookups served from the cache (with a loader, or a peek that found a value)
     * @param loads    lookups that ran the loader
     * @param removes  remove calls (each an invalidation message on a cluster, whether or not the entry was here)
     * @param dropped  entries those removes and clears actually dropped
     * @param clears   removeAll calls
     * @param entries  entries held now
     */
    public record Stats(long hits, long loads, long removes, long dropped, long clears, long entries) {
        public double hitRate() {
            return hits + loads == 0 ? 1.0 : (double) hits / (hits + loads);
        }

        /** What happened between {@code before} and this. */
        public Stats minus(Stats before) {
            return new Stats(hits - before.hits, loads - before.loads, removes - before.removes,
                    dropped - before.dropped, clears - before.clears, entries);
        }
    }

    private static final class MapCache<K, V> implements Cache<K, V> {
        private final Map<K, V> values = new ConcurrentHashMap<>();
        private final LongAdder hits = new LongAdder();
        private final LongAdder loads = new LongAdder();
        private final LongAdder removes = new LongAdder();
        private final LongAdder dropped = new LongAdder();
        private final LongAdder clears = new LongAdder();

        @Override
        public V get(K key, Supplier<? extends V> valueSupplier) {
            V value = values.get(key);
            if (value != null) {
                hits.increment();
                return value;
            }
            loads.increment();
            // loaded outside the map's lock, as a loader may read through the cache again
            V loaded = valueSupplier.get();
            V raced = values.putIfAbsent(key, loaded);
            return raced == null ? loaded : raced;
        }

        @Override
        public V get(K key) {
            V value = values.get(key);
            if (value != null) {
                hits.increment();
            }
            return value;
        }

        @Override
        public void remove(K key) {
            removes.increment();
            if (values.remove(key) != null) {
                dropped.increment();
            }
        }

        @Override
        public void removeAll() {
            clears.increment();
            dropped.add(values.size());
            values.clear();
        }

        Stats stats() {
            return new Stats(hits.sum(), loads.sum(), removes.sum(), dropped.sum(), clears.sum(), values.size());
        }

        void resetStats() {
            hits.reset();
            loads.reset();
            removes.reset();
            dropped.reset();
            clears.reset();
        }
    }
}
