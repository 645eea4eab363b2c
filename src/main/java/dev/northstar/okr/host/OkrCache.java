package dev.northstar.okr.host;

import java.util.function.Supplier;

/**
 * A cache for expensive read results (KR progress, issue facts read from Jira), shared in meaning by every node of
 * a Data Center cluster: whatever one node invalidates is invalidated on all of them. Entries also expire on their
 * own after a few minutes, which bounds staleness from changes Jira sends no event for (such as a new issue link).
 *
 * <p>How to use it from a read service:
 * <pre>{@code
 * KrProgress p = cache.get("kr-progress:" + krKey, KrProgress.class, () -> computeProgress(krKey));
 * }</pre>
 * <ul>
 *   <li>Keys are text, namespaced by feature ({@code "kr-progress:ABC-12"}); they must name everything the value
 *       depends on besides Jira's issues (an as-of date, a sprint id), since nothing else is compared.</li>
 *   <li>Values must be immutable and must not depend on who asks: check permissions after reading from the
 *       cache, never inside the loader.</li>
 *   <li>The loader runs on a miss, on the calling thread; a value it returns is cached, an exception it throws
 *       reaches the caller and nothing is cached. It must not return null.</li>
 *   <li>Any change to any issue clears the whole cache (see the Jira listener for why), so there is no need to
 *       invalidate after changing an issue; call {@link #invalidate} after changing the app's own stored data
 *       that a cached value was computed from.</li>
 * </ul>
 */
public interface OkrCache {

    /** The cached value for {@code key}, computed by {@code loader} and cached when missing or of another type. */
    <V> V get(String key, Class<V> type, Supplier<? extends V> loader);

    /** Forgets one entry, on every node. */
    void invalidate(String key);

    /** Forgets every entry, on every node. */
    void clear();
}
