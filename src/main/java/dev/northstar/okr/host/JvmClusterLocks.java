package dev.northstar.okr.host;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Cluster locks of a one-node cluster: reentrant locks by name in this JVM. For one node on its own (tests, the
 * command line); inside Jira the app takes Jira's cluster locks.
 */
public final class JvmClusterLocks implements ClusterLocks {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> Optional<T> withLock(String name, Duration wait, Supplier<T> work) {
        return ClusterLocks.holding(locks.computeIfAbsent(name, n -> new ReentrantLock()), wait, work);
    }
}
