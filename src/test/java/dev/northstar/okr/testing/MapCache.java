package dev.northstar.okr.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;
import dev.northstar.okr.jira.AtlassianOkrCache;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * atlassian-cache's cache as a plain map: one node's view of a cache replicated by invalidation (values stay where
 * they were loaded). {@link #okrCache()} puts the app's real cache adapter on top of it.
 */
public final class MapCache implements Cache<String, Object> {
    public final Map<String, Object> values = new LinkedHashMap<>();

    @Override
    public synchronized Object get(String key, Supplier<?> valueSupplier) {
        Object value = values.get(key);
        if (value == null) {
            value = valueSupplier.get();
            values.put(key, value);
        }
        return value;
    }

    @Override
    public synchronized Object get(String key) {
        return values.get(key);
    }

    @Override
    public synchronized void remove(String key) {
        values.remove(key);
    }

    @Override
    public synchronized void removeAll() {
        values.clear();
    }

    /** The app's {@link AtlassianOkrCache} over this map, as Jira's cache manager would hand it out. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public AtlassianOkrCache okrCache() {
        CacheManager manager = mock(CacheManager.class);
        when(manager.getCache(anyString(), any(), any(CacheSettings.class))).thenReturn((Cache) this);
        return new AtlassianOkrCache(manager);
    }
}
