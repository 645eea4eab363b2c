package dev.northstar.okr.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;
import dev.northstar.okr.jira.AtlassianOkrCache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * atlassian-cache's cache as a plain map: one node's view of a cache replicated by invalidation (values stay where
 * they were loaded). {@link #okrCache()} puts the app's real cache adapter on top of it. Two maps joined by
 * {@link #replicatesWith} are two nodes of one cluster: a remove or clear on either drops the entry on both, as
 * atlassian-cache's invalidation messages do, while each keeps its own values.
 */
public final class MapCache implements Cache<String, Object> {
    public final Map<String, Object> values = new LinkedHashMap<>();
    private final List<MapCache> peers = new ArrayList<>();
    /** Entries removes and clears dropped here (on this node), and lookups that loaded. */
    public int dropped;
    public int loads;

    /** Joins this node and {@code other} in one cluster. */
    public MapCache replicatesWith(MapCache other) {
        peers.add(other);
        other.peers.add(this);
        return this;
    }

    @Override
    public synchronized Object get(String key, Supplier<?> valueSupplier) {
        Object value = values.get(key);
        if (value == null) {
            loads++;
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
    public void remove(String key) {
        dropHere(key);
        peers.forEach(peer -> peer.dropHere(key));
    }

    @Override
    public void removeAll() {
        clearHere();
        peers.forEach(MapCache::clearHere);
    }

    private synchronized void dropHere(String key) {
        if (values.remove(key) != null) {
            dropped++;
        }
    }

    private synchronized void clearHere() {
        dropped += values.size();
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
