package dev.northstar.okr.local.simjira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atlassian's cache on a one-node cluster: each named cache a map. Settings (expiry, size, replication) are taken
 * and not applied; a playground's data set is small and a restart empties it.
 */
final class SimCaches implements CacheManager {
    private final Map<String, Cache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new MapCache<K, V>());
    }

    private static final class MapCache<K, V> implements Cache<K, V> {
        private final Map<K, V> values = new ConcurrentHashMap<>();

        @Override
        public V get(K key, Supplier<? extends V> valueSupplier) {
            V value = values.get(key);
            if (value != null) {
                return value;
            }
            // loaded outside the map's lock, as a loader may read through the cache again
            V loaded = valueSupplier.get();
            V raced = values.putIfAbsent(key, loaded);
            return raced == null ? loaded : raced;
        }

        @Override
        public void remove(K key) {
            values.remove(key);
        }

        @Override
        public void removeAll() {
            values.clear();
        }
    }
}
