package dev.northstar.okr.host;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A cache for expensive read results (issue facts read from Jira, who may see what), shared in meaning by every node
 * of a Data Center cluster: whatever one node invalidates is invalidated on all of them. Entries also expire on their
 * own after a few minutes, which bounds staleness from changes Jira sends no event for (such as a new issue link).
 *
 * <p>How to use it from a read service:
 * <pre>{@code
 * IssueRecord r = cache.get("okr:issue:ABC-12", IssueRecord.class, () -> readFromJira("ABC-12"));
 * }</pre>
 * <ul>
 *   <li>Keys are text, namespaced by feature ({@code "okr:issue:ABC-12"}); they must name everything the value
 *       depends on besides that one issue, since nothing else is compared.</li>
 *   <li>Values must be immutable and must not depend on who asks: check permissions after reading from the
 *       cache, never inside the loader.</li>
 *   <li>The loader runs on a miss, on the calling thread; a value it returns is cached, an exception it throws
 *       reaches the caller and nothing is cached. It must not return null.</li>
 *   <li>Entries are kept per issue and dropped by that issue's own events (the Jira listener), so there is no need
 *       to invalidate after changing an issue. Call {@link #invalidate} after changing the app's own stored data that
 *       a cached value was computed from, and {@link #clear} only when the app's own configuration changes (today:
 *       its settings are saved, which changes the fields and weights every entry was read with): never on an issue
 *       change.</li>
 * </ul>
 */
public interface OkrCache {

    /** The cached value for {@code key}, computed by {@code loader} and cached when missing or of another type. */
    <V> V get(String key, Class<V> type, Supplier<? extends V> loader);

    /**
     * The value this node holds for {@code key}, never loading it: what an issue event compares with the issue as it
     * is now (its epic and sprints before the change). Empty when this node holds none; another node may.
     */
    default <V> Optional<V> peek(String key, Class<V> type) {
        return Optional.empty();
    }

    /** Forgets one entry, on every node. */
    void invalidate(String key);

    /** Forgets every entry, on every node: for a change of the app's own configuration only. */
    void clear();
}
