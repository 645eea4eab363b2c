package dev.northstar.okr.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import dev.northstar.okr.host.OkrCache;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The app's cache as one atlassian-cache cache. It is a clustered ("remote") cache replicated by invalidation: each
 * node keeps its own values (they are never serialized or copied), and a remove or clear on one node makes every
 * node drop the same entries. Entries expire ten minutes after they were written, and at most 200,000 are kept: one
 * per issue read (its facts), per initiative (its children), per sprint, per objective and key result (its links and
 * the app's own rows: settings, ratings, latest check-ins), and a few per view; a cycle of 300 key results over
 * 35,000 issues keeps about 45,000.
 */
public class AtlassianOkrCache implements OkrCache {
    static final String NAME = "dev.northstar.okr.cache";
    static final long EXPIRE_MINUTES = 10;
    static final int MAX_ENTRIES = 200_000;

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
    public <V> Optional<V> peek(String key, Class<V> type) {
        Object value = cache.get(key);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
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
