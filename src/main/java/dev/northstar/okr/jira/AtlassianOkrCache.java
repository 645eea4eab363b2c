package dev.northstar.okr.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import dev.northstar.okr.host.OkrCache;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The app's cache as one atlassian-cache cache. It is a clustered ("remote") cache replicated by invalidation: each
 * node keeps its own values (they are never serialized or copied), and a remove or clear on one node makes every
 * node drop the same entries. Entries expire ten minutes after they were written, and at most 10,000 are kept.
 */
public class AtlassianOkrCache implements OkrCache {
    static final String NAME = "dev.northstar.okr.cache";
    static final long EXPIRE_MINUTES = 10;
    static final int MAX_ENTRIES = 10_000;

    private final Cache<String, Object> cache;

    public AtlassianOkrCache(CacheManager caches) {
        this.cache = caches.getCache(NAME, null, new CacheSettingsBuilder()
                .remote()
                .replicateViaInvalidation()
                .replicateAsynchronously()
                .flushable()
                .expireAfterWrite(EXPIRE_MINUTES, TimeUnit.MINUTES)
                .maxEntries(MAX_ENTRIES)
                .build());
    }

    @Override
    public <V> V get(String key, Class<V> type, Supplier<? extends V> loader) {
        Object value = cache.get(key, () -> load(key, loader));
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        // Another feature used the same key, or the value was made by the app before an update (its class came
        // from the old plugin's class loader, so it is not an instance of today's class): replace it.
        cache.remove(key);
        V fresh = load(key, loader);
        Object stored = cache.get(key, () -> fresh);
        return type.isInstance(stored) ? type.cast(stored) : fresh;
    }

    @Override
    public void invalidate(String key) {
        cache.remove(key);
    }

    @Override
    public void clear() {
        cache.removeAll();
    }

    /**
     * Called when the app stops (plugin disabled or updated): Jira keeps the cache itself, so values holding the
     * app's classes would otherwise outlive the app's class loader.
     */
    public void dispose() {
        cache.removeAll();
    }

    private static <V> V load(String key, Supplier<? extends V> loader) {
        return Objects.requireNonNull(loader.get(), () -> "cache loader returned null for " + key);
    }
}
