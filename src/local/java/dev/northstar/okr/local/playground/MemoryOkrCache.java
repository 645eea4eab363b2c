package dev.northstar.okr.local.playground;

import dev.northstar.okr.host.OkrCache;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The app's cache on one node and without expiry: the playground's issues never change while it runs, and the
 * app invalidates what it computed from its own stored data, as it must in Jira.
 */
public final class MemoryOkrCache implements OkrCache {
    private final Map<String, Object> entries = new ConcurrentHashMap<>();

    @Override
    public <V> V get(String key, Class<V> type, Supplier<? extends V> loader) {
        Object cached = entries.get(key);
        if (type.isInstance(cached)) {
            return type.cast(cached);
        }
        V value = Objects.requireNonNull(loader.get(), "a cache loader must not return null");
        entries.put(key, value);
        return value;
    }

    @Override
    public void invalidate(String key) {
        entries.remove(key);
    }

    @Override
    public void clear() {
        entries.clear();
    }
}
