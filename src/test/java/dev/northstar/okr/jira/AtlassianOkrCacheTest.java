package dev.northstar.okr.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.Supplier;
import org.junit.Test;
import org.mockito.MockedConstruction;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/** The app's cache over atlassian-cache: its cluster settings, and get, invalidate and clear over a map cache. */
public class AtlassianOkrCacheTest {

    /** atlassian-cache's Cache as a plain map (one node's view). */
    static final class MapCache implements Cache<String, Object> {
        final Map<String, Object> values = new HashMap<>();

        @Override
        public Object get(String key, Supplier<?> valueSupplier) {
            return values.computeIfAbsent(key, k -> valueSupplier.get());
        }

        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }

        @Override
        public void removeAll() {
            values.clear();
        }
    }

    private final MapCache map = new MapCache();

    @SuppressWarnings("unchecked")
    private AtlassianOkrCache cache() {
        CacheManager manager = mock(CacheManager.class);
        when(manager.getCache(eq(AtlassianOkrCache.NAME), isNull(), any(CacheSettings.class)))
                .thenReturn((Cache) map);
        return new AtlassianOkrCache(manager);
    }

    @Test
    public void shouldAskForAClusteredCacheReplicatedByInvalidationThatExpires() {
        CacheManager manager = mock(CacheManager.class);
        try (MockedConstruction<CacheSettingsBuilder> builders = mockConstruction(CacheSettingsBuilder.class,
                withSettings().defaultAnswer(RETURNS_SELF))) {
            new AtlassianOkrCache(manager);

            CacheSettingsBuilder builder = builders.constructed().get(0);
            verify(builder).remote();
            verify(builder).replicateViaInvalidation();
            verify(builder).expireAfterWrite(10, TimeUnit.MINUTES);
            verify(builder).maxEntries(200_000);
            verify(builder).build();
        }
        verify(manager).getCache(eq("dev.northstar.okr.cache"), isNull(), any());
    }

    @Test
    public void shouldLoadOnceAndServeTheCachedValueAfterwards() {
        AtlassianOkrCache cache = cache();
        AtomicInteger loads = new AtomicInteger();

        String first = cache.get("kr-progress:ABC-1", String.class, () -> "42% #" + loads.incrementAndGet());
        String second = cache.get("kr-progress:ABC-1", String.class, () -> "42% #" + loads.incrementAndGet());

        assertEquals("42% #1", first);
        assertEquals("42% #1", second);
        assertEquals(1, loads.get());
    }

    @Test
    public void shouldReplaceAValueOfAnotherTypeInsteadOfFailingOnIt() {
        AtlassianOkrCache cache = cache();
        map.values.put("k", 7); // an entry left by an older version of the app, say

        assertEquals("fresh", cache.get("k", String.class, () -> "fresh"));
        assertEquals("fresh", map.values.get("k"));
    }

    @Test
    public void shouldForgetOneEntryOrAll() {
        AtlassianOkrCache cache = cache();
        cache.get("a", String.class, () -> "A");
        cache.get("b", String.class, () -> "B");

        cache.invalidate("a");
        assertEquals(Map.of("b", "B"), map.values);

        cache.clear();
        assertTrue(map.values.isEmpty());
    }

    @Test
    public void shouldPeekAtThisNodesValueWithoutLoadingIt() {
        AtlassianOkrCache cache = cache();
        assertTrue(cache.peek("a", String.class).isEmpty());
        assertTrue("peeking loads nothing", map.values.isEmpty());

        cache.get("a", String.class, () -> "A");
        assertEquals("A", cache.peek("a", String.class).orElseThrow());
        assertTrue("a value of another type is none", cache.peek("a", Integer.class).isEmpty());
    }

    @Test
    public void shouldCacheNothingWhenTheLoaderReturnsNull() {
        AtlassianOkrCache cache = cache();

        assertThrows(NullPointerException.class, () -> cache.get("k", String.class, () -> null));
        assertTrue(map.values.isEmpty());
    }

    @Test
    public void shouldEmptyTheCacheWhenTheAppStops() {
        AtlassianOkrCache cache = cache();
        cache.get("a", String.class, () -> "A");

        cache.dispose();

        assertTrue("no value of the old class loader outlives the app", map.values.isEmpty());
    }
}
